package fr.cellulepdp.model.annuaire;

import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import java.util.Objects;
import java.util.UUID;

/**
 * An organisation of the cell's directory: an occupational-health service, Cap Emploi, a prescriber, an appeal body,
 * the data-protection officer… with the postal address, e-mail and telephone the letters print. A deactivated one is
 * no longer offered in the forms; what was recorded with its name stays.
 */
public record Organisation(UUID id, long version, TypeOrganisation type, String nom, Adresse adresse, String email,
                           String telephone, boolean actif) implements Versionne {

    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        nom = Textes.nonNul(nom);
        adresse = adresse == null ? Adresse.VIDE : adresse;
        email = Textes.nonNul(email);
        telephone = Textes.nonNul(telephone);
    }

    public static Organisation nouvelle(FicheOrganisation fiche) {
        return new Organisation(UUID.randomUUID(), 0, fiche.type(), fiche.nom(), fiche.adresse(), fiche.email(),
                fiche.telephone(), true);
    }

    public Organisation avecFiche(FicheOrganisation f) {
        return new Organisation(id, version, f.type(), f.nom(), f.adresse(), f.email(), f.telephone(), actif);
    }

    public FicheOrganisation fiche() {
        return new FicheOrganisation(type, nom, adresse, email, telephone);
    }

    public Organisation avecActif(boolean etat) {
        return new Organisation(id, version, type, nom, adresse, email, telephone, etat);
    }
}
