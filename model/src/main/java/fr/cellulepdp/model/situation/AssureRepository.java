package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.Repository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: the insured people the cell follows. */
public interface AssureRepository extends Repository<Assure> {

    /** Exact match on the normalised NIR (NIRs are unique). */
    Optional<Assure> findByNir(Nir nir);

    /** The people among these NIRs (normalised values) that are known, in one query: an import looks up a batch. */
    List<Assure> findByNirs(Collection<String> nirs);
}
