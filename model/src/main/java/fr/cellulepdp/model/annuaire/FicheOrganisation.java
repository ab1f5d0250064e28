package fr.cellulepdp.model.annuaire;

import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.commun.Textes;

/** What the directory's form holds; {@code type} may be null while it is being filled (then refused). */
public record FicheOrganisation(TypeOrganisation type, String nom, Adresse adresse, String email, String telephone) {

    public FicheOrganisation {
        nom = Textes.nonNul(nom);
        adresse = adresse == null ? Adresse.VIDE : adresse;
        email = Textes.nonNul(email);
        telephone = Textes.nonNul(telephone);
    }
}
