package fr.cellulepdp.persistence;

import fr.cellulepdp.model.commun.Transactions;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Gives repositories the jOOQ context to use: the one of the transaction running on this thread, or the
 * auto-committing one outside a transaction. Nested transactions join the outer one, so a use case can
 * call other use cases and still commit once.
 */
final class ContexteJooq implements Transactions {

    private final DSLContext base;
    private final ThreadLocal<DSLContext> transactionCourante = new ThreadLocal<>();

    ContexteJooq(DSLContext base) {
        this.base = base;
    }

    DSLContext dsl() {
        DSLContext courant = transactionCourante.get();
        return courant != null ? courant : base;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (transactionCourante.get() != null) {
            return work.get();
        }
        // a RuntimeException thrown by the work rolls back and reaches the caller unchanged
        return base.transactionResult(configuration -> {
            transactionCourante.set(configuration.dsl());
            try {
                return work.get();
            } finally {
                transactionCourante.remove();
            }
        });
    }
}
