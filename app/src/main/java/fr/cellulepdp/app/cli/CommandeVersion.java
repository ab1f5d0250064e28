package fr.cellulepdp.app.cli;

import picocli.CommandLine.Command;

/** {@code version}: prints the application's version. */
@Command(name = "version", description = "Affiche la version de l'application.")
public final class CommandeVersion extends SousCommande {

    private final String version;

    /** @param version this build's, given by the wiring */
    public CommandeVersion(String version) {
        this.version = version;
    }

    @Override
    public Integer call() {
        sortie().println("Cellule PDP " + version);
        return 0;
    }
}
