package fr.cellulepdp.model.commun;

import java.util.function.Supplier;

/**
 * Port: runs work as one database transaction. Everything the work saves is committed together,
 * or nothing is when it throws.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void runInTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
