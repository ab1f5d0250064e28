package fr.cellulepdp.model.commun;

import java.util.UUID;

/**
 * An aggregate root stored with optimistic locking: {@code version} is 0 before the first save
 * and grows by one at each save; a save with a stale version is refused.
 */
public interface Versionne {
    UUID id();

    long version();
}
