package fr.cellulepdp.app.document;

import fr.cellulepdp.reports.signature.Prechauffage;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;

/**
 * The threads that lay out and sign a meeting's pack, one per core: the letters are independent of each other, so
 * a pack takes about half the time on two cores. Daemon threads, so that a failure never keeps the process alive.
 */
public final class Atelier implements Executor, AutoCloseable {

    private final ExecutorService fils;
    private final int nombre;

    private Atelier(int nombre) {
        this.nombre = nombre;
        AtomicInteger numero = new AtomicInteger();
        fils = Executors.newFixedThreadPool(nombre, tache -> {
            Thread fil = new Thread(tache, "documents-" + numero.incrementAndGet());
            fil.setDaemon(true);
            return fil;
        });
    }

    public static Atelier ouvrir() {
        return new Atelier(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * The threads, each readied for the pack at once (fonts parsed, PDFBox loaded), so that it is done while the
     * caller opens the database; the first task given to a new thread is its own.
     */
    public static Atelier ouvrirEtPreparer() {
        return ouvrirEtPreparer(true);
    }

    /** The same; {@code chiffrement} false when the pack is unsigned, hence encrypts nothing (no e-mailed copy). */
    public static Atelier ouvrirEtPreparer(boolean chiffrement) {
        // logging set up from two threads at once would print SLF4J's warning that it replayed early messages
        LoggerFactory.getILoggerFactory();
        Atelier atelier = ouvrir();
        for (int i = 0; i < atelier.nombre; i++) {
            atelier.execute(() -> {
                try {
                    Prechauffage.preparerCeFil(chiffrement);
                } catch (RuntimeException e) {
                    // only time is lost: the pack itself reports what does not work
                }
            });
        }
        return atelier;
    }

    @Override
    public void execute(Runnable tache) {
        fils.execute(tache);
    }

    @Override
    public void close() {
        fils.shutdownNow();
    }
}
