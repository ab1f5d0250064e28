package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.document.ReglagesHorodatage;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code settings tsa --url URL [--user U]}: the RFC 3161 time-stamp authority of the signatures (password from
 * PDP_TSA_PASSWORD when a user is given); {@code --url ""} stops time-stamping.
 */
@Command(name = "tsa", description = "Paramètre le serveur d'horodatage RFC 3161 des signatures (mot de passe : "
        + "variable PDP_TSA_PASSWORD, si --user est donné).")
public final class CommandeHorodatage implements Callable<Integer> {

    /** What the command uses, built in the wiring (decision record 0044). */
    public record Besoins(fr.cellulepdp.app.document.ParametrerHorodatage parametrerHorodatage) {
    }

    private final Ouverture<Besoins> ouverture;

    public CommandeHorodatage(Ouverture<Besoins> ouverture) {
        this.ouverture = ouverture;
    }

    static final String VARIABLE_MOT_DE_PASSE = "PDP_TSA_PASSWORD";

    @Spec
    private CommandSpec spec;

    @Mixin
    private OptionAide aide;

    @Option(names = "--url", required = true, description = "Adresse du serveur (http:// ou https://) ; vide : "
            + "signatures sans horodatage.")
    private String url;

    @Option(names = "--user", defaultValue = "", description = "Identifiant (vide : sans authentification).")
    private String utilisateur;

    @Override
    public Integer call() {
        CommandePrincipale principale = (CommandePrincipale) spec.parent().parent().userObject();
        try (Ouverture.Ouverte<Besoins> ouverte = principale.ouvrir(ouverture)) {
            Besoins besoins = ouverte.besoins();
            String variable = System.getenv(VARIABLE_MOT_DE_PASSE);
            ReglagesHorodatage reglages = besoins.parametrerHorodatage().enregistrer(url, utilisateur,
                    variable == null ? new char[0] : variable.toCharArray());
            PrintWriter sortie = spec.commandLine().getOut();
            sortie.println(reglages.actif() ? "Serveur d'horodatage enregistré : " + reglages.url()
                    + " ; les signatures seront horodatées (PAdES B-T)." : "Horodatage arrêté : signatures PAdES B-B.");
            sortie.flush();
            return 0;
        }
    }
}
