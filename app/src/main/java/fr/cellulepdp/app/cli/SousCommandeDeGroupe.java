package fr.cellulepdp.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command of a group ({@code setup account}, {@code members add}...) has: the main command two levels up
 * (for --db and --user), its output, and the French help option.
 */
abstract class SousCommandeDeGroupe implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private OptionAide aide;

    protected CommandePrincipale principale() {
        return (CommandePrincipale) spec.parent().parent().userObject();
    }

    /** Opens the database as the account and gets what the commands of this group use. */
    @SuppressWarnings("unchecked")
    protected <B> Ouverture.Ouverte<B> ouvrir() {
        return principale().ouvrir(((Groupe<B>) spec.parent().userObject()).ouverture());
    }

    protected PrintWriter sortie() {
        return spec.commandLine().getOut();
    }

    /** One line of the command's report. */
    protected void dire(String ligne) {
        sortie().println(ligne);
        sortie().flush();
    }

    /**
     * A list as JSON, or one line per item then « N unités, dont M actif(s). ».
     *
     * @param unite the item's name in the count, « membre » or « organisme »
     */
    protected <T> void imprimer(List<T> liste, boolean json, Function<List<T>, String> enJson,
                                Function<T, String> enTexte, Predicate<T> actif, String unite) {
        if (json) {
            dire(enJson.apply(liste));
            return;
        }
        liste.forEach(element -> sortie().println(enTexte.apply(element)));
        dire(liste.size() + " " + unite + "(s), dont " + liste.stream().filter(actif).count() + " actif(s).");
    }
}
