package fr.cellulepdp.model.cellule;

import java.util.UUID;

/**
 * Port: what managing the members does to their accounts, inside the member's transaction and in the same order as
 * before. Declared here and implemented by {@code compte/ComptesParMembre}, so that {@code cellule} does not depend
 * on the accounts (decision 0043).
 */
public interface ComptesDesMembres {

    /** Refuses (naming the account) when the acting user has no account, or one already tied to a member. */
    void verifierRattachable(Utilisateur acteur);

    /** Ties the acting user's account to the member she just created for herself. */
    void rattacher(Utilisateur acteur, UUID membreId);

    /** The member's role changed: so do their accounts' (attested again); a partner's loses the file's key. */
    void changerRole(Utilisateur acteur, UUID membreId, Role avant, Role apres);

    /** The member was deactivated: so are their active accounts, which lose the file's key. */
    void desactiver(Utilisateur acteur, UUID membreId);
}
