package fr.cellulepdp.persistence.depot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A place where a multi-step write may be interrupted, named so that the kill tests can stop a child process there:
 * with the system property {@value #PROPRIETE} set to the step's name, the process creates the file named by
 * {@value #SIGNAL} once it reaches the step, then waits to be killed. Without the property, nothing happens.
 */
public final class PointDArret {

    public static final String PROPRIETE = "cellulepdp.test.pause";
    public static final String SIGNAL = "cellulepdp.test.pause.signal";

    private PointDArret() {
    }

    public static void atteint(String etape) {
        if (!etape.equals(System.getProperty(PROPRIETE))) {
            return;
        }
        try {
            Files.createFile(Path.of(System.getProperty(SIGNAL)));
            Thread.sleep(Long.MAX_VALUE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * For the tests: waits until the child process has reached its step (the signal file exists), at most five
     * minutes (a loaded 2-core machine took more than one to start a JVM, open the base and render a pack).
     *
     * @return true when it did
     */
    public static boolean attendre(Path signal, Process processus) throws InterruptedException {
        for (int i = 0; i < 3000 && processus.isAlive(); i++) {
            if (Files.exists(signal)) {
                return true;
            }
            Thread.sleep(100);
        }
        return Files.exists(signal);
    }
}
