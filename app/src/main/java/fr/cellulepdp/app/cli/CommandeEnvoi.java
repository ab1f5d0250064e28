package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.importation.RapportImport;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.notification.RapportEnvoi;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code send [--json]}: delivers the outbox now; exit code 1 when any letter failed. */
@Command(name = "send", description = "Envoie maintenant les courriers en attente et affiche le bilan.")
final class CommandeEnvoi extends SousCommande {

    @Option(names = "--json", description = "Bilan au format JSON.")
    private boolean json;

    @Override
    public Integer call() {
        try (Services services = principale().ouvrir()) {
            services.horodaterEnAttente();
            RapportEnvoi rapport = services.envoyerCourriers().envoyer(services.utilisateur(), (faits, total) -> { });
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
