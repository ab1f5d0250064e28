package fr.cellulepdp.app.support;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an exception nothing caught becomes, on the JavaFX thread (which hands its own to the default handler) as on
 * any other: its trace in the log file, without messages, and a French message telling where that log is.
 */
public final class ErreursInattendues implements Thread.UncaughtExceptionHandler {

    private static final Logger JOURNAL = LoggerFactory.getLogger(ErreursInattendues.class);

    private final Path dossierJournaux;
    private final Consumer<String> avertir;

    /** {@code avertir} shows the message: a dialog in the window, the error output on the command line. */
    public ErreursInattendues(Path dossierJournaux, Consumer<String> avertir) {
        this.dossierJournaux = dossierJournaux;
        this.avertir = avertir;
    }

    /** Handles the uncaught exceptions of every thread of this process from now on. */
    public static void installer(Consumer<String> avertir) {
        Thread.setDefaultUncaughtExceptionHandler(new ErreursInattendues(DossierJournaux.courant(), avertir));
    }

    @Override
    public void uncaughtException(Thread fil, Throwable erreur) {
        try {
            JOURNAL.error("Erreur inattendue dans le fil « {} » : {}", fil.getName(), TraceSansMessage.de(erreur));
            avertir.accept(message(dossierJournaux));
        } catch (RuntimeException | Error e) {
            // the handler must not fail in turn: the error output is the last resort
            System.err.println(message(dossierJournaux));
        }
    }

    /** The French message: what happened to the data, where the log is, what to do. */
    public static String message(Path dossierJournaux) {
        return "Une erreur inattendue s’est produite : l’opération en cours n’a pas abouti. Les données déjà "
                + "enregistrées sont intactes.\nLe détail technique (sans aucune donnée personnelle) est écrit dans le "
                + "journal : " + dossierJournaux.resolve(DossierJournaux.NOM_FICHIER) + "\nSi l’erreur se reproduit, "
                + "transmettez ce fichier au support (Aide › Ouvrir le dossier des journaux).";
    }
}
