package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.commun.Textes;

/**
 * What the cell's form holds: its identity on letters, minutes and agendas, and the signatory of its letters
 * (« Pour le directeur et par délégation », first name, name, function).
 *
 * @param villeSignature the town of « Nevers, le … » (empty: the town of the address)
 */
public record FicheCellule(String nom, String cpam, Adresse adresse, String telephone, String email,
                           String villeSignature, String signatairePrenom, String signataireNom,
                           String signataireFonction, String signataireDelegation) {

    public FicheCellule {
        nom = Textes.nonNul(nom);
        cpam = Textes.nonNul(cpam);
        adresse = adresse == null ? Adresse.VIDE : adresse;
        telephone = Textes.nonNul(telephone);
        email = Textes.nonNul(email);
        villeSignature = Textes.nonNul(villeSignature);
        signatairePrenom = Textes.nonNul(signatairePrenom);
        signataireNom = Textes.nonNul(signataireNom);
        signataireFonction = Textes.nonNul(signataireFonction);
        signataireDelegation = Textes.nonNul(signataireDelegation);
    }
}
