package fr.cellulepdp.app.tache;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the JavaFX thread and hands the result back on it. The window uses a background
 * thread; tests use {@link #synchrone()} so that they need no waiting.
 */
public interface ExecuteurTaches {

    <T> void executer(Callable<T> travail, Consumer<T> succes, Consumer<Exception> echec);

    /** Runs everything at once on the calling thread. */
    static ExecuteurTaches synchrone() {
        return new ExecuteurTaches() {
            @Override
            public <T> void executer(Callable<T> travail, Consumer<T> succes, Consumer<Exception> echec) {
                T resultat;
                try {
                    resultat = travail.call();
                } catch (Exception e) {
                    echec.accept(e);
                    return;
                }
                succes.accept(resultat);
            }
        };
    }
}
