package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.commun.Repository;
import java.util.UUID;

public interface MotifTypeRepository extends Repository<MotifType> {

    /** Removes the phrase; decisions keep the text already copied into their reasons. */
    void supprimer(UUID id);
}
