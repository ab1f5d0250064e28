package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.commun.Stockage;

/**
 * Use case: the files the documents use, chosen on this computer: the signatory's certificate (its path; the
 * password is asked each time) and the letterhead's logo (PNG or JPEG).
 */
public final class ParametrerDocuments {

    private final Stockage stockage;

    public ParametrerDocuments(Stockage stockage) {
        this.stockage = stockage;
    }

    public Cellule choisirCertificat(Utilisateur acteur, String chemin) {
        if (acteur.role() != Role.COORDINATRICE) {
            throw new SaisieInvalideException("certificat", "seule la coordinatrice choisit le certificat de signature.");
        }
        return stockage.transactions().inTransaction(() -> {
            Cellule c = stockage.cellules().findAll().stream().findFirst().orElseThrow(() ->
                    new SaisieInvalideException("certificat", "la cellule n'est pas encore renseignée."));
            return stockage.cellules().save(c.avecCertificat(chemin));
        });
    }

    public Cellule choisirLogo(Utilisateur acteur, String chemin) {
        if (acteur.role() != Role.COORDINATRICE) {
            throw new SaisieInvalideException("logo", "seule la coordinatrice choisit le logo.");
        }
        return stockage.transactions().inTransaction(() -> {
            Cellule c = stockage.cellules().findAll().stream().findFirst().orElseThrow(() ->
                    new SaisieInvalideException("logo", "la cellule n'est pas encore renseignée."));
            return stockage.cellules().save(c.avecLogo(chemin));
        });
    }
}
