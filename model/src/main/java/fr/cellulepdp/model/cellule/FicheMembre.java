package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.commun.Textes;

/**
 * What the member form holds. {@code role} may be null while the form is being filled (then refused);
 * {@code partenaire}, a partner's kind of organisation, is required for a partner and ignored otherwise.
 */
public record FicheMembre(String civilite, String prenom, String nom, String fonction, String organisation,
                          Role role, String email, boolean suppleant, Partenaire partenaire) {

    /** An internal member's form (no partner type). */
    public FicheMembre(String civilite, String prenom, String nom, String fonction, String organisation, Role role,
                       String email, boolean suppleant) {
        this(civilite, prenom, nom, fonction, organisation, role, email, suppleant, null);
    }

    public FicheMembre {
        civilite = Textes.nonNul(civilite);
        prenom = Textes.nonNul(prenom);
        nom = Textes.nonNul(nom);
        fonction = Textes.nonNul(fonction);
        organisation = Textes.nonNul(organisation);
        email = Textes.nonNul(email);
        partenaire = role == Role.PARTENAIRE ? partenaire : null;
    }
}
