package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import java.util.Objects;
import java.util.UUID;

/**
 * A member of the cell: internal référent or external partner. A deactivated member ({@code actif} false) is no
 * longer convoked nor offered in the forms, and keeps their place in the minutes they took part in.
 *
 * @param suppleant  the coordinatrice's deputy: present without her, this member stands for her in the quorum
 * @param partenaire for a partner, the kind of organisation they come from: they see only the files whose person's
 *                   consent covers it (null for an internal member)
 */
public record Membre(UUID id, long version, String civilite, String prenom, String nom, String fonction,
                     String organisation, Role role, String email, boolean actif, boolean suppleant,
                     Partenaire partenaire)
        implements Versionne {

    /** An internal member, or a partner whose organisation type is not known (who then sees no file). */
    public Membre(UUID id, long version, String civilite, String prenom, String nom, String fonction,
                  String organisation, Role role, String email, boolean actif, boolean suppleant) {
        this(id, version, civilite, prenom, nom, fonction, organisation, role, email, actif, suppleant, null);
    }

    public Membre {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        civilite = Textes.nonNul(civilite);
        prenom = Textes.nonNul(prenom);
        nom = Textes.nonNul(nom);
        fonction = Textes.nonNul(fonction);
        organisation = Textes.nonNul(organisation);
        email = Textes.nonNul(email);
        partenaire = role == Role.PARTENAIRE ? partenaire : null;
    }

    /** A new, active member as the form describes them. */
    public static Membre nouveau(FicheMembre fiche) {
        return new Membre(UUID.randomUUID(), 0, "", "", "", "", "", fiche.role(), "", true, false, null)
                .avecFiche(fiche);
    }

    /** The member as the form changed them, active or not as before. */
    public Membre avecFiche(FicheMembre f) {
        return new Membre(id, version, f.civilite(), f.prenom(), f.nom(), f.fonction(), f.organisation(), f.role(),
                f.email(), actif, f.suppleant(), f.partenaire());
    }

    public FicheMembre fiche() {
        return new FicheMembre(civilite, prenom, nom, fonction, organisation, role, email, suppleant, partenaire);
    }

    public Membre avecActif(boolean etat) {
        return new Membre(id, version, civilite, prenom, nom, fonction, organisation, role, email, etat, suppleant,
                partenaire);
    }

    public String nomComplet() {
        return nomComplet(prenom, nom);
    }

    /** "Prénom Nom", as lists name a member (the Situations list reads the référent's names alone). */
    public static String nomComplet(String prenom, String nom) {
        return (fr.cellulepdp.model.commun.Textes.nonNul(prenom) + " " + fr.cellulepdp.model.commun.Textes.nonNul(nom))
                .strip();
    }
}
