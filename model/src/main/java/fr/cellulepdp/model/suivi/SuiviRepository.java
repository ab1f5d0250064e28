package fr.cellulepdp.model.suivi;

import fr.cellulepdp.model.commun.Repository;
import java.util.List;
import java.util.UUID;

/** Port: the follow-up actions. */
public interface SuiviRepository extends Repository<Suivi> {

    List<Suivi> findBySituation(UUID situationId);
}
