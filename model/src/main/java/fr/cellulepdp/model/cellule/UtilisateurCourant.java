package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.audit.ActeurAudit;
import fr.cellulepdp.model.audit.ActeurAuditCourant;

/**
 * Who acts now, read at each call: the window and the command line act in the name of the person logged in, who may
 * log out or be replaced (« Ma fiche » links the account to a member) while the screens stay built. The app's session
 * implements it; screens and commands ask it instead of passing a user along (decision record 0044).
 */
@FunctionalInterface
public interface UtilisateurCourant extends ActeurAuditCourant {

    /**
     * The person acting now.
     *
     * @throws IllegalStateException once the session is closed (after « Se déconnecter »): nothing acts in anyone's
     *         name until the next login
     */
    Utilisateur utilisateur();

    /**
     * The check of what any account may read: someone is logged in.
     *
     * @throws IllegalStateException once the session is closed
     */
    default void exigerConnexion() {
        utilisateur();
    }

    /** The person acting now, as the trail sees them. */
    @Override
    default ActeurAudit acteur() {
        return utilisateur();
    }
}
