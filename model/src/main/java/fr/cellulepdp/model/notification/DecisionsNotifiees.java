package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.situation.Situation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: what the letters need of the decisions they notify (a letter names its decision by id): the decisions of a
 * meeting, and the file a decision is about. Declared here and implemented by {@code decision}, which queues the
 * letters' content, so that the outbox does not read decisions (decision record 0053).
 */
public interface DecisionsNotifiees {

    /** The decisions taken in meeting {@code seanceId} (at the meeting or ratified there), in the store's order. */
    List<UUID> deLaSeance(UUID seanceId);

    /** The file of the request that decision {@code decisionId} answered (and through it, the person). */
    Optional<Situation> dossier(UUID decisionId);
}
