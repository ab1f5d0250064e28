package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.cellule.Utilisateur;
import java.util.List;

/**
 * Port: the members' e-mails (convocations, cancellations, minutes) that a sending round of {@link EnvoyerCourriers}
 * delivers after the letters, under the same rules. Declared here and implemented by {@code convocation}, which
 * writes them, so that the outbox does not read the meetings' e-mails (decision record 0053).
 */
public interface CourrielsDesMembres {

    /**
     * Sends those due through the round's server (the round checked the right and read the server).
     *
     * @return how many the server accepted; the failures are added to {@code echecs}
     */
    int envoyer(Utilisateur acteur, ServeurSmtp serveur, char[] motDePasse, List<RapportEnvoi.Echec> echecs);

    /** How many wait to be sent (waiting or failed). */
    long enAttente();
}
