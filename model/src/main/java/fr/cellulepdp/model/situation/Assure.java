package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An insured person followed by the cell. Health and social data of an identified person: never
 * logged ({@link #toString()} hides everything but the id). {@code reconnaissances}: RQTH, BOETH, unfitness.
 */
public record Assure(UUID id, long version, Nir nir, String nom, String prenom, LocalDate dateNaissance,
                     Sexe sexe, Adresse adresse, String email, String telephone, StatutAssure statut,
                     Entreprise employeur, String emploi, Reconnaissances reconnaissances) implements Versionne {

    public Assure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nir, "nir");
        nom = Textes.nonNul(nom);
        prenom = Textes.nonNul(prenom);
        adresse = adresse == null ? Adresse.VIDE : adresse;
        email = Textes.nonNul(email);
        telephone = Textes.nonNul(telephone);
        statut = statut == null ? StatutAssure.SALARIE : statut;
        emploi = Textes.nonNul(emploi);
        reconnaissances = reconnaissances == null ? Reconnaissances.AUCUNE : reconnaissances;
    }

    /** A person with no RQTH, BOETH title nor unfitness recorded. */
    public Assure(UUID id, long version, Nir nir, String nom, String prenom, LocalDate dateNaissance, Sexe sexe,
                  Adresse adresse, String email, String telephone, StatutAssure statut, Entreprise employeur,
                  String emploi) {
        this(id, version, nir, nom, prenom, dateNaissance, sexe, adresse, email, telephone, statut, employeur, emploi,
                Reconnaissances.AUCUNE);
    }

    /** The same person with {@code autres} recognitions. */
    public Assure avecReconnaissances(Reconnaissances autres) {
        return new Assure(id, version, nir, nom, prenom, dateNaissance, sexe, adresse, email, telephone, statut,
                employeur, emploi, autres);
    }

    public String initiales() {
        return Textes.initiales(prenom, nom);
    }

    public String nomComplet() {
        return (prenom + " " + nom).strip();
    }

    /** How lists show the person: "DUPONT Marie" to internal members, initials only to partners. */
    public String designationPour(fr.cellulepdp.model.cellule.Role role) {
        return designation(nom, prenom, role);
    }

    /** {@link #designationPour} from the names alone (the list reads no more of the person). */
    public static String designation(String nom, String prenom, fr.cellulepdp.model.cellule.Role role) {
        return role.estInterne() ? Textes.nonNul(nom).toUpperCase() + " " + Textes.nonNul(prenom)
                : Textes.initiales(prenom, nom);
    }

    @Override
    public String toString() {
        return "Assure[" + id + "]";
    }
}
