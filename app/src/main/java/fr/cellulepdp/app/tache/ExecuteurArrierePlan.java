package fr.cellulepdp.app.tache;

import fr.cellulepdp.app.support.TraceSansMessage;
import fr.cellulepdp.app.support.MessagesErreur;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background thread for database work (H2 is embedded: one writer at a time is enough), results
 * delivered on the JavaFX thread.
 */
public final class ExecuteurArrierePlan implements ExecuteurTaches, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExecuteurArrierePlan.class);

    private final ExecutorService fil = Executors.newSingleThreadExecutor(travail -> {
        Thread thread = new Thread(travail, "cellule-pdp-taches");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void executer(Callable<T> travail, Consumer<T> succes, Consumer<Exception> echec) {
        fil.submit(() -> {
            try {
                T resultat = travail.call();
                Platform.runLater(() -> succes.accept(resultat));
            } catch (Exception e) {
                // without messages: they may quote user data
                LOG.warn("Tâche en échec : {}", MessagesErreur.attendue(e)
                        ? e.getClass().getName() : TraceSansMessage.de(e));
                Platform.runLater(() -> echec.accept(e));
            }
        });
    }

    @Override
    public void close() {
        fil.shutdown();
    }
}
