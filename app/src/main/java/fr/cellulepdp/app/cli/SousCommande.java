package fr.cellulepdp.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand has: the main command (for --db), its output, and the French help option. */
abstract class SousCommande implements Callable<Integer> {

    @ParentCommand
    private CommandePrincipale principale;

    @Spec
    private CommandSpec spec;

    @Mixin
    private OptionAide aide;

    protected CommandePrincipale principale() {
        return principale;
    }

    protected PrintWriter sortie() {
        return spec.commandLine().getOut();
    }

    protected CommandSpec spec() {
        return spec;
    }
}
