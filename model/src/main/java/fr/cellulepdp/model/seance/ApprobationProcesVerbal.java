package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import java.util.Objects;
import java.util.UUID;

/**
 * The approval of the previous meeting's minutes ({@code precedenteId}), recorded at the meeting
 * {@code seanceId}; {@code modifications} says what was changed, when approved with changes.
 */
public record ApprobationProcesVerbal(UUID id, long version, UUID seanceId, UUID precedenteId,
                                      Approbation approbation, String modifications) implements Versionne {

    public ApprobationProcesVerbal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(seanceId, "seanceId");
        Objects.requireNonNull(precedenteId, "precedenteId");
        Objects.requireNonNull(approbation, "approbation");
        modifications = Textes.nonNul(modifications);
    }
}
