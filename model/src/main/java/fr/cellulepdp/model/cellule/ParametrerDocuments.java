package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.commun.Horloge;

/**
 * Use case: the files the documents use, chosen on this computer: the signatory's certificate (its path; the
 * password is asked each time) and the letterhead's logo (PNG or JPEG). Each choice goes into the audit trail
 * (chosen or removed; the path, which may name the person's home folder, is not copied).
 */
public final class ParametrerDocuments {

    private final StockageCellule stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public ParametrerDocuments(StockageCellule stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /**
     * The cell a trial certificate is made for (its signatory, its CPAM): the coordinatrice's, who then chooses it, so
     * that nobody else writes a certificate in the data folder.
     */
    public Cellule celluleACertifier() {
        Droits.coordinatrice(utilisateurCourant.utilisateur(), "certificat", "crée un certificat d'essai");
        return stockage.cellules().renseignee();
    }

    public Cellule choisirCertificat(String chemin) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "certificat", "choisit le certificat de signature");
        return stockage.transactions().inTransaction(() -> {
            Cellule c = stockage.cellules().renseignee();
            Cellule apres = stockage.cellules().save(c.avecCertificat(chemin));
            noter(acteur, apres, "certificat de signature", c.certificatSignature(), chemin);
            return apres;
        });
    }

    public Cellule choisirLogo(String chemin) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "logo", "choisit le logo");
        return stockage.transactions().inTransaction(() -> {
            Cellule c = stockage.cellules().renseignee();
            Cellule apres = stockage.cellules().save(c.avecLogo(chemin));
            noter(acteur, apres, "logo", c.logo(), chemin);
            return apres;
        });
    }

    private void noter(Utilisateur acteur, Cellule cellule, String quoi, String avant, String apres) {
        String changement = apres == null || apres.isBlank() ? "retiré"
                : avant == null || avant.isBlank() ? "choisi" : "remplacé";
        new Audit(stockage, horloge).noter(acteur, "PARAMETRES_DOCUMENTS", "Cellule", cellule.id(),
                quoi + " " + changement);
    }
}
