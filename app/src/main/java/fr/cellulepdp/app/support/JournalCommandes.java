package fr.cellulepdp.app.support;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Logs each run of the command line for support: the version, the system, the command's name (never its arguments,
 * which name files and people), its exit code and its duration.
 */
public final class JournalCommandes implements CommandLine.IExecutionStrategy {

    private static final Logger JOURNAL = LoggerFactory.getLogger(JournalCommandes.class);

    private final String version;
    private final CommandLine.IExecutionStrategy strategie = new CommandLine.RunLast();

    public JournalCommandes(String version) {
        this.version = version;
    }

    @Override
    public int execute(CommandLine.ParseResult analyse) {
        String commande = analyse.asCommandLineList().stream().skip(1).map(CommandLine::getCommandName)
                .collect(Collectors.joining(" "));
        String nom = commande.isEmpty() ? "fenêtre" : commande;
        long debut = System.nanoTime();
        JOURNAL.info("Cellule PDP {} (Java {}, {} {}) : commande « {} »", version, System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"), nom);
        int code = strategie.execute(analyse);
        JOURNAL.info("Commande « {} » terminée : code {} en {} ms", nom, code, (System.nanoTime() - debut) / 1_000_000);
        return code;
    }

    /** Logs an exception a command failed with: its type, and its trace when it was not a refusal told to the user. */
    public static void echec(Exception erreur, boolean attendue) {
        if (attendue) {
            JOURNAL.info("Commande refusée : {}", erreur.getClass().getName());
        } else {
            JOURNAL.error("Commande en échec : {}", TraceSansMessage.de(erreur));
        }
    }
}
