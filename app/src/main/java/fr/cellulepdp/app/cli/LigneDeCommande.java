package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.support.JournalCommandes;
import fr.cellulepdp.app.support.MessagesErreur;
import picocli.CommandLine;

/**
 * Builds the command line: French messages on error, never a stack trace, and exit codes
 * (0 success, 1 refused or failed, 2 wrong usage).
 */
public final class LigneDeCommande {

    public static final int ECHEC = 1;

    /**
     * The command line of this version, whose commands {@code fabrique} (the wiring) builds with what each uses; the
     * environment variables read through {@code environnement} (tests give their own).
     */
    public static CommandLine creer(LanceurFenetre lanceurFenetre, java.util.function.UnaryOperator<String> environnement,
                                    CommandLine.IFactory fabrique, String version) {
        return creer(lanceurFenetre, environnement, fabrique, version, CommandePrincipale.SOUS_COMMANDES);
    }

    /**
     * The same for one run on {@code arguments}, with only the subcommand they name ({@link SousCommandeDemandee}):
     * picocli reads the annotations of each command it is given, 0.1–0.3 s of the start for them all.
     */
    public static CommandLine pour(String[] arguments, LanceurFenetre lanceurFenetre,
                                   java.util.function.UnaryOperator<String> environnement,
                                   CommandLine.IFactory fabrique, String version) {
        return creer(lanceurFenetre, environnement, fabrique, version,
                SousCommandeDemandee.parmi(CommandePrincipale.SOUS_COMMANDES, arguments));
    }

    private static CommandLine creer(LanceurFenetre lanceurFenetre,
                                     java.util.function.UnaryOperator<String> environnement,
                                     CommandLine.IFactory fabrique, String version, java.util.List<Class<?>> sousCommandes) {
        CommandLine ligne = new CommandLine(new CommandePrincipale(lanceurFenetre, environnement), fabrique);
        // built with this line's factory, which gives each command what it uses (the wiring)
        sousCommandes.forEach(ligne::addSubcommand);
        ligne.setExecutionStrategy(new JournalCommandes(version));
        ligne.setExecutionExceptionHandler((exception, commande, analyse) -> {
            JournalCommandes.echec(exception, MessagesErreur.attendue(exception));
            commande.getErr().println("Erreur : " + MessagesErreur.pourUtilisateur(exception));
            commande.getErr().flush();
            return ECHEC;
        });
        UsageEnFrancais.appliquer(ligne);
        ligne.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine commande = exception.getCommandLine();
            UsageEnFrancais.message(exception).forEach(commande.getErr()::println);
            commande.getErr().flush();
            return CommandLine.ExitCode.USAGE;
        });
        return ligne;
    }
}
