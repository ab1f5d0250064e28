package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.commun.Textes;

/** What the member form holds. {@code role} may be null while the form is being filled (then refused). */
public record FicheMembre(String civilite, String prenom, String nom, String fonction, String organisation,
                          Role role, String email, boolean suppleant) {

    public FicheMembre {
        civilite = Textes.nonNul(civilite);
        prenom = Textes.nonNul(prenom);
        nom = Textes.nonNul(nom);
        fonction = Textes.nonNul(fonction);
        organisation = Textes.nonNul(organisation);
        email = Textes.nonNul(email);
    }
}
