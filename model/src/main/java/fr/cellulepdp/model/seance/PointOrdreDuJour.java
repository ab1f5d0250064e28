package fr.cellulepdp.model.seance;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One agenda item: a situation and the requests to study for it. Its position is its place in the
 * meeting's agenda list. Recused members do not take part in the item (conflict of interest).
 */
public record PointOrdreDuJour(UUID id, UUID situationId, List<UUID> demandeIds, CategoriePoint categorie,
                               int dureePrevueMinutes, Set<UUID> membresRecuses) {

    public PointOrdreDuJour {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(situationId, "situationId");
        demandeIds = demandeIds == null ? List.of() : List.copyOf(demandeIds);
        categorie = categorie == null ? CategoriePoint.STANDARD : categorie;
        membresRecuses = membresRecuses == null ? Set.of() : Set.copyOf(membresRecuses);
        if (dureePrevueMinutes < 0) {
            throw new IllegalArgumentException("durée prévue négative");
        }
    }
}
