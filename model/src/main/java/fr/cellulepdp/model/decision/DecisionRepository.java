package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.commun.Repository;
import java.util.List;
import java.util.UUID;

/** Port: the decisions. */
public interface DecisionRepository extends Repository<Decision> {

    List<Decision> findByDemande(UUID demandeId);

    List<Decision> findBySeance(UUID seanceId);
}
