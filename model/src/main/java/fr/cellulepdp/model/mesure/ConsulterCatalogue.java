package fr.cellulepdp.model.mesure;

import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import java.util.List;

/**
 * Use case: the cell's measure catalogue. On first start the table is empty and receives the default rules,
 * which the cell may then update.
 */
public final class ConsulterCatalogue {

    private final StockageMesures stockage;
    private final UtilisateurCourant utilisateurCourant;

    public ConsulterCatalogue(StockageMesures stockage, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.utilisateurCourant = utilisateurCourant;
    }

    public CatalogueMesures catalogue() {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        List<RegleMesure> regles = stockage.catalogueMesures().findAll();
        return regles.isEmpty() ? CatalogueMesures.parDefaut() : CatalogueMesures.parDefaut().avecToutes(regles);
    }

    /** Writes the default rules when the table is empty; does nothing otherwise. */
    public void initialiserSiVide() {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        stockage.transactions().runInTransaction(() -> {
            if (stockage.catalogueMesures().findAll().isEmpty()) {
                CatalogueMesures.parDefaut().regles().forEach(stockage.catalogueMesures()::save);
            }
        });
    }
}
