package fr.cellulepdp.model.indicateur;

import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.document.LecteurImages;

/** Use case: the cell's review for a period (the yearly review by default) as a PDF/A document. */
public final class EditerBilan {

    private final StockageIndicateurs stockage;
    private final GenerateurBilan generateur;
    private final LecteurImages images;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public EditerBilan(StockageIndicateurs stockage, GenerateurBilan generateur, LecteurImages images, Horloge horloge,
            UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.generateur = generateur;
        this.images = images;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    public DocumentPdf editer(Periode periode) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        return editer(new CalculerIndicateurs(stockage, () -> acteur).calculer(periode));
    }

    /** The review of figures already computed (the ones the page shows). */
    public DocumentPdf editer(Indicateurs indicateurs) {
        utilisateurCourant.exigerConnexion();
        Cellule cellule = stockage.cellules().renseignee();
        byte[] logo = cellule.logo().isEmpty() ? null : images.lire(cellule.logo()).orElse(null);
        return generateur.bilan(new GenerateurBilan.ContenuBilan(cellule, logo, indicateurs, horloge.aujourdhui()));
    }
}
