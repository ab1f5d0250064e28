package fr.cellulepdp.app.cli;

import java.io.PrintWriter;
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

    protected PrintWriter sortie() {
        return spec.commandLine().getOut();
    }
}
