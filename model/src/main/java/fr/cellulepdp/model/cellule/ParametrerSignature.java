package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.commun.Stockage;

/** Use case: the signatory's certificate file the cell signs with (its path; the password is asked each time). */
public final class ParametrerSignature {

    private final Stockage stockage;

    public ParametrerSignature(Stockage stockage) {
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
}
