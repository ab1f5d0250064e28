package fr.cellulepdp.persistence.depot;

import fr.cellulepdp.model.commun.Transactions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Gives repositories the jOOQ context to use: the one of the transaction running on this thread, or the
 * auto-committing one outside a transaction. Nested transactions join the outer one, so a use case can
 * call other use cases and still commit once.
 */
public final class ContexteJooq implements Transactions {

    /**
     * Named locks of the embedded H2 databases, by database and name. An H2 file is opened by one process only, so
     * a lock of this JVM is enough; PostgreSQL, shared by several computers, uses its advisory locks instead.
     */
    private static final Map<String, ReentrantLock> VERROUS_H2 = new ConcurrentHashMap<>();

    private final DSLContext base;
    private final Moteur moteur;
    private final String identiteBase;
    private final ThreadLocal<DSLContext> transactionCourante = new ThreadLocal<>();
    private final ThreadLocal<List<ReentrantLock>> verrousTenus = ThreadLocal.withInitial(ArrayList::new);

    public ContexteJooq(DSLContext base, Moteur moteur, String identiteBase) {
        this.base = base;
        this.moteur = moteur;
        this.identiteBase = identiteBase;
    }

    public DSLContext dsl() {
        DSLContext courant = transactionCourante.get();
        return courant != null ? courant : base;
    }

    Moteur moteur() {
        return moteur;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (transactionCourante.get() != null) {
            return work.get();
        }
        try {
            // a RuntimeException thrown by the work rolls back and reaches the caller unchanged
            T resultat = base.transactionResult(configuration -> {
                transactionCourante.set(configuration.dsl());
                try {
                    return work.get();
                } finally {
                    transactionCourante.remove();
                }
            });
            rendreDurable();
            return resultat;
        } finally {
            // after the commit or the rollback: the next one in line reads what this transaction wrote
            List<ReentrantLock> tenus = verrousTenus.get();
            tenus.forEach(ReentrantLock::unlock);
            tenus.clear();
        }
    }

    /**
     * H2 writes a commit to the file (WRITE_DELAY=0) but leaves it in the system's cache: a power cut could still
     * lose it. CHECKPOINT SYNC forces the file to the disk (fsync) before the use case reports the work saved
     * (decision 0031). PostgreSQL does that itself at each commit (synchronous_commit).
     */
    private void rendreDurable() {
        if (moteur == Moteur.H2) {
            base.execute("CHECKPOINT SYNC");
        }
    }

    @Override
    public void verrouiller(String nom) {
        DSLContext transaction = transactionCourante.get();
        if (transaction == null) {
            throw new IllegalStateException("verrouiller « " + nom + " » hors d'une transaction");
        }
        if (moteur == Moteur.POSTGRESQL) {
            // held by the server until the transaction ends, for every client of the database
            transaction.connection(connexion -> {
                try (PreparedStatement verrou = connexion.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    verrou.setLong(1, cle(nom));
                    verrou.execute();
                }
            });
            return;
        }
        ReentrantLock verrou = VERROUS_H2.computeIfAbsent(identiteBase + "\n" + nom, cle -> new ReentrantLock());
        if (!verrou.isHeldByCurrentThread()) {
            verrou.lock();
            verrousTenus.get().add(verrou);
        }
    }

    /** A stable 64-bit key for a lock name: the same in every client. */
    static long cle(String nom) {
        try {
            byte[] empreinte = MessageDigest.getInstance("SHA-256")
                    .digest(("cellule-pdp:" + nom).getBytes(StandardCharsets.UTF_8));
            long cle = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                cle = (cle << 8) | (empreinte[i] & 0xFF);
            }
            return cle;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
