package fr.cellulepdp.model.commun;

import java.util.function.Supplier;

/**
 * Port: runs work as one database transaction. Everything the work saves is committed together,
 * or nothing is when it throws.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Inside a transaction: waits until no other transaction holds the lock {@code nom}, then holds it until this
     * transaction ends (commit or rollback). Every client of the same database asking for the same name takes its
     * turn, so that a value computed from what is stored (the next file number) is never computed twice.
     *
     * @throws IllegalStateException outside a transaction
     */
    void verrouiller(String nom);

    default void runInTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
