package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.wiring.VersionApplication;
import picocli.CommandLine.Command;

/** {@code version}: prints the application's version. */
@Command(name = "version", description = "Affiche la version de l'application.")
final class CommandeVersion extends SousCommande {

    @Override
    public Integer call() {
        sortie().println("Cellule PDP " + VersionApplication.version());
        return 0;
    }
}
