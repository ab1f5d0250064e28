package fr.cellulepdp.app.document;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that lay out and sign a meeting's pack, one per core: the letters are independent of each other, so
 * a pack takes about half the time on two cores. Daemon threads, so that a failure never keeps the process alive.
 */
public final class Atelier implements Executor, AutoCloseable {

    private final ExecutorService fils;

    private Atelier(int nombre) {
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

    @Override
    public void execute(Runnable tache) {
        fils.execute(tache);
    }

    @Override
    public void close() {
        fils.shutdownNow();
    }
}
