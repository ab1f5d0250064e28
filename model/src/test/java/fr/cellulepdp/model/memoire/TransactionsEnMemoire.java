package fr.cellulepdp.model.memoire;

import fr.cellulepdp.model.commun.Transactions;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions of the in-memory store: one at a time (so a named lock is always held by the transaction that asks),
 * all or nothing (every table is copied when the outermost transaction begins and put back when its work throws). A
 * transaction begun inside another is part of it, as on the database.
 */
final class TransactionsEnMemoire implements Transactions {

    private final ReentrantLock uneALaFois = new ReentrantLock(true);
    private final List<EtatRestaurable> etats;

    TransactionsEnMemoire(List<EtatRestaurable> etats) {
        this.etats = etats;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        uneALaFois.lock();
        try {
            if (uneALaFois.getHoldCount() > 1) {
                return work.get();
            }
            List<Runnable> retours = etats.stream().map(EtatRestaurable::photographier).toList();
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                retours.forEach(Runnable::run);
                throw e;
            }
        } finally {
            uneALaFois.unlock();
        }
    }

    /** Transactions already run one at a time: the lock is the transaction's own; outside one it is refused. */
    @Override
    public void verrouiller(String nom) {
        if (!uneALaFois.isHeldByCurrentThread()) {
            throw new IllegalStateException("verrouiller « " + nom + " » hors d'une transaction");
        }
    }
}
