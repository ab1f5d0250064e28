package fr.cellulepdp.model.suivi;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which follow-ups a page of the Suivis list reads: those of {@code responsableId} ({@code null} for every member),
 * the done ones only when {@code avecRealises}, due after {@code apres} ({@code null} from the first), about
 * {@code limite} of them. Only internal members read them (a partner is refused before, {@link SuivreSuivis}).
 */
public record CritereSuivis(UUID responsableId, boolean avecRealises, LocalDate apres, int limite) {

    public CritereSuivis {
        if (limite < 1) {
            throw new IllegalArgumentException("limite " + limite);
        }
    }
}
