package fr.cellulepdp.model.suivi;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which follow-ups a page of the Suivis list reads: those of {@code responsableId} ({@code null} for every member),
 * the done ones only when {@code avecRealises}, due after {@code apres} ({@code null} from the first), about
 * {@code limite} of them; with {@code initialesSeulement} (a partner) a server's store reads the people's first
 * letters only.
 */
public record CritereSuivis(UUID responsableId, boolean avecRealises, boolean initialesSeulement, LocalDate apres,
                            int limite) {

    public CritereSuivis {
        if (limite < 1) {
            throw new IllegalArgumentException("limite " + limite);
        }
    }
}
