package fr.cellulepdp.model.seance;

import java.util.Objects;
import java.util.UUID;

/** Attendance of one member at one meeting. */
public record Presence(UUID membreId, EtatPresence etat) {

    public Presence {
        Objects.requireNonNull(membreId, "membreId");
        etat = etat == null ? EtatPresence.ABSENT : etat;
    }
}
