package fr.cellulepdp.model.situation;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Port: how many requests wait (to study, or on an agenda) in each situation, for the Situations list. Declared
 * here and implemented by {@code demande} so that {@code situation} does not read the requests (decision 0043).
 */
public interface DemandesEnAttente {

    /** For these situations, in one query; a situation without a waiting request is absent. */
    Map<UUID, Long> parSituation(Collection<UUID> situationIds);

    /** For every situation. */
    Map<UUID, Long> toutes();
}
