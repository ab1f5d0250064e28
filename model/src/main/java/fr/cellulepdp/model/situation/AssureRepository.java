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

    /**
     * The initials of these people, by id, read without their NIR nor address: all a partner is shown, and all a
     * partner's database role may read on a server (decision 0034).
     */
    default java.util.Map<java.util.UUID, String> initiales(Collection<java.util.UUID> ids) {
        return findAllById(ids).stream().collect(java.util.stream.Collectors.toMap(Assure::id, Assure::initiales));
    }
}
