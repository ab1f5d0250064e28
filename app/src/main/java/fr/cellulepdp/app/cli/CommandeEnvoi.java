package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.importation.RapportImport;
import fr.cellulepdp.model.notification.RapportEnvoi;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code send [--json]}: delivers the outbox now; exit code 1 when any letter failed. */
@Command(name = "send", description = "Envoie maintenant les courriers en attente et affiche le bilan.")
public final class CommandeEnvoi extends SousCommande {

    /** What the command uses, built in the wiring (decision record 0044). */
    public record Besoins(Runnable horodaterEnAttente,
                          fr.cellulepdp.model.notification.EnvoyerCourriers envoyerCourriers) {
    }

    private final Ouverture<Besoins> ouverture;

    public CommandeEnvoi(Ouverture<Besoins> ouverture) {
        this.ouverture = ouverture;
    }

    @Option(names = "--json", description = "Bilan au format JSON.")
    private boolean json;

    @Override
    public Integer call() {
        try (Ouverture.Ouverte<Besoins> ouverte = principale().ouvrir(ouverture)) {
            Besoins besoins = ouverte.besoins();
            besoins.horodaterEnAttente().run();
            RapportEnvoi rapport = besoins.envoyerCourriers().envoyer((faits, total) -> { });
            sortie().println(json ? json(rapport) : rapport.enFrancais());
            sortie().flush();
            return rapport.echecs().isEmpty() ? 0 : LigneDeCommande.ECHEC;
        }
    }

    static String json(RapportEnvoi r) {
        return "{\"sent\":" + r.envoyes() + ",\"failed\":[" + r.echecs().stream()
                .map(e -> "{\"reference\":" + RapportImport.chaineJson(e.reference()) + ",\"reason\":"
                        + RapportImport.chaineJson(e.raison()) + "}").collect(Collectors.joining(","))
                + "],\"waiting\":" + r.enAttente() + "}";
    }
}
