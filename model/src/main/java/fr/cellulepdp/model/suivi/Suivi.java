package fr.cellulepdp.model.suivi;

import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A follow-up action, usually created by a decision: who must do what, by when, and when it was done. */
public record Suivi(UUID id, long version, UUID situationId, UUID decisionId, String action, UUID responsableId,
                    LocalDate echeance, LocalDate realiseLe, String note) implements Versionne {

    public Suivi {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(situationId, "situationId");
        Objects.requireNonNull(echeance, "echeance");
        action = Textes.nonNul(action);
        note = Textes.nonNul(note);
    }

    public boolean estRealise() {
        return realiseLe != null;
    }

    public boolean estEnRetard(LocalDate aujourdhui) {
        return !estRealise() && echeance.isBefore(aujourdhui);
    }
}
