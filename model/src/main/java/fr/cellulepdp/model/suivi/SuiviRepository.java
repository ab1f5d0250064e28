package fr.cellulepdp.model.suivi;

import fr.cellulepdp.model.commun.Repository;
import java.util.List;
import java.util.UUID;

/** Port: the follow-up actions. */
public interface SuiviRepository extends Repository<Suivi> {

    List<Suivi> findBySituation(UUID situationId);

    /**
     * The follow-ups not done yet, along the index by completion date: the Suivis page shows them by default, and
     * ten years hold tens of thousands of done ones.
     */
    List<Suivi> nonRealises();
}
