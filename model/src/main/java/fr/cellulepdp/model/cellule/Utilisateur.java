package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.audit.ActeurAudit;
import java.util.Objects;
import java.util.UUID;

/**
 * The person acting: every use case receives one, so that access rules can be enforced in the
 * use cases themselves without changing their signatures.
 */
public record Utilisateur(UUID membreId, String identifiant, Role role) implements ActeurAudit {

    public Utilisateur {
        Objects.requireNonNull(identifiant, "identifiant");
        Objects.requireNonNull(role, "role");
    }

    /** The coordinatrice alone reads and verifies the audit trail. */
    @Override
    public void exigerLectureDuJournal(String action) {
        Droits.coordinatrice(this, "journal", action);
    }

    /** The application itself (demo loading, migrations run from the command line before accounts exist). */
    public static Utilisateur systeme() {
        return new Utilisateur(null, "systeme", Role.COORDINATRICE);
    }
}
