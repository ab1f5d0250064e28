package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.demo.ResumeDemo;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code demo}: fills an empty database with the demo cell. */
@Command(name = "demo", description = "Remplit une base vide avec les données de démonstration (fictives).")
final class CommandeDemo implements Callable<Integer> {

    @ParentCommand
    private CommandePrincipale principale;

    @Spec
    private CommandSpec spec;

    @Mixin
    private OptionAide aide;

    @Override
    public Integer call() {
        try (Services services = Services.ouvrir(principale.base(), Horloge.systeme())) {
            ResumeDemo resume = services.chargerDonneesDemo()
                    .executer(services.utilisateur(), services.horloge().aujourdhui());
            spec.commandLine().getOut().println(resume.enFrancais());
            spec.commandLine().getOut().println("Base : " + services.descriptionBase());
        }
        return 0;
    }
}
