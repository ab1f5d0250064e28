package fr.cellulepdp.model.mesure;

import fr.cellulepdp.model.cellule.Utilisateur;
import java.util.List;

/**
 * Use case: the cell's measure catalogue. On first start the table is empty and receives the default rules,
 * which the cell may then update.
 */
public final class ConsulterCatalogue {

    private final StockageMesures stockage;

    public ConsulterCatalogue(StockageMesures stockage) {
        this.stockage = stockage;
    }

    public CatalogueMesures catalogue(Utilisateur acteur) {
        List<RegleMesure> regles = stockage.catalogueMesures().findAll();
        return regles.isEmpty() ? CatalogueMesures.parDefaut() : CatalogueMesures.parDefaut().avecToutes(regles);
    }

    /** Writes the default rules when the table is empty; does nothing otherwise. */
    public void initialiserSiVide(Utilisateur acteur) {
        stockage.transactions().runInTransaction(() -> {
            if (stockage.catalogueMesures().findAll().isEmpty()) {
                CatalogueMesures.parDefaut().regles().forEach(stockage.catalogueMesures()::save);
            }
        });
    }
}
