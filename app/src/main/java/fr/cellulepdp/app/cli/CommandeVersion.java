package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.wiring.VersionApplication;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code version}: prints the application's version. */
@Command(name = "version", description = "Affiche la version de l'application.")
final class CommandeVersion implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private OptionAide aide;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println("Cellule PDP " + VersionApplication.version());
        return 0;
    }
}
