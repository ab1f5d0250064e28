package fr.cellulepdp.model.commun;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: storage of one kind of aggregate with optimistic locking.
 *
 * @param <T> the aggregate root
 */
public interface Repository<T extends Versionne> {

    /**
     * Inserts the object when its version is 0, updates it otherwise, and returns it with its new version.
     *
     * @throws ConflitDeModificationException when the stored version is not the one given (someone saved
     *                                        in between): nothing is written
     */
    T save(T objet);

    Optional<T> find(UUID id);

    /** Like {@link #find(UUID)}, for an object that must exist. */
    default T get(UUID id) {
        return find(id).orElseThrow(() -> new ObjetIntrouvableException(getClass().getSimpleName(), id));
    }

    List<T> findAll();

    /** The objects with these ids that exist, in any order; a store reads them in one query. */
    default List<T> findAllById(java.util.Collection<UUID> ids) {
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /**
     * Inserts new objects (version 0, ids not yet stored) in one go, inside the caller's transaction; a store may
     * batch them. Nothing is returned: their version becomes 1.
     */
    default void insererTous(List<T> nouveaux) {
        nouveaux.forEach(this::save);
    }

    long count();
}
