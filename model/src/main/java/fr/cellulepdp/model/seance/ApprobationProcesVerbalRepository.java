package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.commun.Repository;
import java.util.Optional;
import java.util.UUID;

/** Port: the approvals of previous minutes, one per meeting at most. */
public interface ApprobationProcesVerbalRepository extends Repository<ApprobationProcesVerbal> {

    Optional<ApprobationProcesVerbal> findBySeance(UUID seanceId);
}
