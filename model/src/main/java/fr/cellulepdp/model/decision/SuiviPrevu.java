package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.commun.Textes;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up decided with a decision: created as a {@code Suivi} when the meeting is closed. A missing action or
 * due date is refused by {@link ValidationDecision}.
 */
public record SuiviPrevu(String action, UUID responsableId, LocalDate echeance) {

    public SuiviPrevu {
        action = Textes.nonNul(action);
    }
}
