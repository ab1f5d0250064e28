package fr.cellulepdp.model.indicateur;

import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.document.LecteurImages;

/** Use case: the cell's review for a period (the yearly review by default) as a PDF/A document. */
public final class EditerBilan {

    private final StockageIndicateurs stockage;
    private final GenerateurBilan generateur;
    private final LecteurImages images;
    private final Horloge horloge;

    public EditerBilan(StockageIndicateurs stockage, GenerateurBilan generateur, LecteurImages images, Horloge horloge) {
        this.stockage = stockage;
        this.generateur = generateur;
        this.images = images;
        this.horloge = horloge;
    }

    public DocumentPdf editer(Utilisateur acteur, Periode periode) {
        return editer(new CalculerIndicateurs(stockage).calculer(acteur, periode));
    }

    /** The review of figures already computed (the ones the page shows). */
    public DocumentPdf editer(Indicateurs indicateurs) {
        Cellule cellule = stockage.cellules().renseignee();
        byte[] logo = cellule.logo().isEmpty() ? null : images.lire(cellule.logo()).orElse(null);
        return generateur.bilan(new GenerateurBilan.ContenuBilan(cellule, logo, indicateurs, horloge.aujourdhui()));
    }
}
