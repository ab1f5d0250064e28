package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.Repository;
import java.util.Optional;

/** Port: the insured people the cell follows. */
public interface AssureRepository extends Repository<Assure> {

    /** Exact match on the normalised NIR (NIRs are unique). */
    Optional<Assure> findByNir(Nir nir);
}
