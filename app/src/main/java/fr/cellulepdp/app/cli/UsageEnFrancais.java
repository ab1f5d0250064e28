package fr.cellulepdp.app.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The command line in French for whoever types it (an IT department, a coordinatrice's script): every command and
 * subcommand answers {@code -h, --help} with French headings, and picocli's English usage errors (« Missing required
 * subcommand », « Unknown option ») are said in French, naming the command to ask for help.
 */
final class UsageEnFrancais {

    private UsageEnFrancais() {
    }

    /** Gives every command under {@code ligne} the help option and the French headings. */
    static void appliquer(CommandLine ligne) {
        CommandSpec spec = ligne.getCommandSpec();
        if (spec.options().stream().noneMatch(OptionSpec::usageHelp)) {
            spec.addMixin("aide", CommandSpec.forAnnotatedObject(new OptionAide()));
        }
        if (ligne.getParent() != null) {
            spec.usageMessage().synopsisHeading("Utilisation : ").descriptionHeading("%n")
                    .parameterListHeading("%nParamètres :%n").optionListHeading("%nOptions :%n")
                    .commandListHeading("%nSous-commandes :%n");
            spec.usageMessage().synopsisSubcommandLabel("[SOUS-COMMANDE]");
        }
        ligne.getSubcommands().values().forEach(UsageEnFrancais::appliquer);
    }

    /** The usage error in French, then where to read the command's help. */
    static List<String> message(ParameterException exception) {
        CommandLine commande = exception.getCommandLine();
        String nom = commande.getCommandSpec().qualifiedName();
        return List.of("Erreur : " + enFrancais(exception, commande), "Voir « " + nom + " --help ».");
    }

    private static String enFrancais(ParameterException exception, CommandLine commande) {
        if (exception instanceof CommandLine.UnmatchedArgumentException inattendu) {
            String arguments = inattendu.getUnmatched().stream().map(a -> "« " + a + " »")
                    .collect(Collectors.joining(", "));
            return (inattendu.isUnknownOption() ? "option inconnue : " : "argument inattendu : ") + arguments + ".";
        }
        if (exception instanceof CommandLine.MissingParameterException manquant) {
            return (manquant.getMissing().size() > 1 ? "paramètres obligatoires manquants : "
                    : "paramètre obligatoire manquant : ") + manquant.getMissing().stream()
                    .map(UsageEnFrancais::nom).collect(Collectors.joining(", ")) + ".";
        }
        if (exception instanceof CommandLine.OverwrittenOptionException deuxFois) {
            return "option donnée deux fois : " + nom(deuxFois.getOverwritten()) + ".";
        }
        if (exception instanceof CommandLine.MutuallyExclusiveArgsException) {
            return "options incompatibles entre elles (" + exception.getMessage() + ").";
        }
        if (exception.getMessage() != null && exception.getMessage().startsWith("Missing required subcommand")) {
            return "indiquez une sous-commande parmi : " + String.join(", ", commande.getSubcommands().keySet())
                    + ".";
        }
        if (exception.getArgSpec() != null && exception.getValue() != null) {
            return "valeur invalide pour " + nom(exception.getArgSpec()) + " : « " + exception.getValue() + " ».";
        }
        return "ligne de commande incorrecte (" + exception.getMessage() + ").";
    }

    private static String nom(ArgSpec argument) {
        return argument instanceof OptionSpec option ? option.longestName() : argument.paramLabel();
    }
}
