package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.commun.Repository;
import java.util.Optional;
import java.util.UUID;

/** Port: the people's personal codes (one per person at most). */
public interface CodeCourrielRepository extends Repository<CodeCourriel> {

    Optional<CodeCourriel> findByAssure(UUID assureId);

    /** Forgets the person's code (anonymisation). */
    void supprimerPourAssure(UUID assureId);
}
