package fr.cellulepdp.model.compte;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horodatages;
import fr.cellulepdp.model.commun.Versionne;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An account: the login, the member it belongs to (if any), its role, the password's slow hash (never the
 * password), whether it is active, and the run of wrong passwords with the time until which it waits.
 */
public record Compte(UUID id, long version, String identifiant, UUID membreId, Role role, String hash,
                     boolean actif, int echecs, Instant bloqueJusqua) implements Versionne {

    public Compte {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(identifiant, "identifiant");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(hash, "hash");
        bloqueJusqua = Horodatages.stockable(bloqueJusqua);
    }

    public Utilisateur utilisateur() {
        return new Utilisateur(membreId, identifiant, role);
    }

    public Compte apresEchec(Instant jusqua) {
        return new Compte(id, version, identifiant, membreId, role, hash, actif, echecs + 1, jusqua);
    }

    public Compte apresSucces() {
        return new Compte(id, version, identifiant, membreId, role, hash, actif, 0, null);
    }

    public Compte avecHash(String nouveau) {
        return new Compte(id, version, identifiant, membreId, role, nouveau, actif, echecs, bloqueJusqua);
    }

    /** The role follows the member's: changed with the member's form. */
    public Compte avecRole(Role nouveau) {
        return new Compte(id, version, identifiant, membreId, nouveau, hash, actif, echecs, bloqueJusqua);
    }

    /** The member the account belongs to, chosen once the coordinatrice has entered herself among the members. */
    public Compte avecMembre(UUID membre) {
        return new Compte(id, version, identifiant, membre, role, hash, actif, echecs, bloqueJusqua);
    }

    public Compte avecActif(boolean etat) {
        return new Compte(id, version, identifiant, membreId, role, hash, etat, echecs, bloqueJusqua);
    }

    @Override
    public String toString() {
        // never the hash in a log
        return "Compte[" + identifiant + ", " + role + "]";
    }
}
