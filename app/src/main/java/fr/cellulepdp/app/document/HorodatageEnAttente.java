package fr.cellulepdp.app.document;

import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.notification.Coffre;
import fr.cellulepdp.model.notification.EmpreintesCourriers;
import java.nio.file.Path;

/**
 * The outbox's first step when it goes online (decision record 0020): the documents signed offline while a
 * time-stamp authority is set get their time-stamp (B-T). The coordinatrice's duty, like the sending itself.
 */
public final class HorodatageEnAttente {

    private final EmpreintesCourriers empreintes;
    private final Coffre coffre;
    private final Path dossierDonnees;
    private final HorodatageDiffere differe;
    private final UtilisateurCourant utilisateurCourant;

    public HorodatageEnAttente(EmpreintesCourriers empreintes, Coffre coffre, Path dossierDonnees,
                               HorodatageDiffere differe, UtilisateurCourant utilisateurCourant) {
        this.empreintes = empreintes;
        this.coffre = coffre;
        this.dossierDonnees = dossierDonnees;
        this.differe = differe;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** @return how many documents were time-stamped */
    public int horodater() {
        Droits.coordinatrice(utilisateurCourant.utilisateur(), "horodatage", "complète l'horodatage des documents");
        ReglagesHorodatage reglages = ReglagesHorodatage.lire(dossierDonnees);
        if (!reglages.actif()) {
            return 0;
        }
        // a letter sent or posted is never changed on disk: it stays as its recipient holds it; a letter not sent
        // yet records its file's new fingerprint (the recorded hash is the file's)
        return differe.horodater(reglages.horodatage(coffre), empreintes::envoyee, empreintes::remplacer);
    }
}
