package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import java.util.Objects;
import java.util.UUID;

/** A member of the cell: internal référent or external partner. */
public record Membre(UUID id, long version, String civilite, String prenom, String nom, String fonction,
                     String organisation, Role role, String email, boolean actif) implements Versionne {

    public Membre {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        civilite = Textes.nonNul(civilite);
        prenom = Textes.nonNul(prenom);
        nom = Textes.nonNul(nom);
        fonction = Textes.nonNul(fonction);
        organisation = Textes.nonNul(organisation);
        email = Textes.nonNul(email);
    }

    public String nomComplet() {
        return (prenom + " " + nom).strip();
    }
}
