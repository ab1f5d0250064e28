package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.commun.Repository;
import java.util.List;
import java.util.UUID;

/** Port: the decisions. */
public interface DecisionRepository extends Repository<Decision> {

    List<Decision> findByDemande(UUID demandeId);

    List<Decision> findBySeance(UUID seanceId);

    /**
     * The decisions taken between meetings (urgent ones, no meeting yet): the NULL range of the index by meeting,
     * which a meeting's agenda proposes to ratify — not every decision of ten years read to find them.
     */
    List<Decision> horsSeance();
}
