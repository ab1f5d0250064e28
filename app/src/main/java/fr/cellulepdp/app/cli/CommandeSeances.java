package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.seance.PlanSeance;
import fr.cellulepdp.model.seance.Seance;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code meetings plan | open}: the cell's meetings. */
@Command(name = "meetings", description = "Les séances de la cellule.",
        subcommands = {CommandeSeances.Planifier.class, CommandeSeances.Ouvrir.class})
final class CommandeSeances {

    @picocli.CommandLine.Mixin
    private OptionAide aide;

    /**
     * {@code meetings plan --date D --time HH:MM [--place …] [--video URL]}: the next meeting (in a place, by video,
     * or both), every active member convoked; its agenda is then produced by {@code render}.
     */
    @Command(name = "plan", description = "Planifie une séance (la suivante par défaut) et y convoque tous les "
            + "membres actifs (coordinatrice) ; --place ou --video, ou les deux.")
    static final class Planifier extends SousCommandeDeGroupe {

        private static final Map<String, String> OPTIONS = Map.of("date", "--date", "lieu", "--place, --video",
                "numéro", "--number", "secrétaire", "--secretary");

        @Option(names = "--date", required = true, paramLabel = "AAAA-MM-JJ", description = "Date de la séance.")
        private String date;

        @Option(names = "--time", required = true, paramLabel = "HH:MM", description = "Heure de début.")
        private String heure;

        @Option(names = "--place", paramLabel = "LIEU", description = "Lieu de la réunion.")
        private String lieu;

        @Option(names = "--video", paramLabel = "URL",
                description = "Lien de la visioconférence (seul, ou avec --place pour une séance mixte).")
        private String visio;

        @Option(names = "--secretary", paramLabel = "ID",
                description = "Secrétaire de séance : identifiant d'un membre interne (voir « members list »).")
        private String secretaire;

        @Option(names = "--number", paramLabel = "N", description = "Numéro de la séance (par défaut : le suivant).")
        private Integer numero;

        @Override
        public Integer call() {
            LocalDate jour = CommandeIndicateurs.date("--date", date);
            LocalTime debut = ValeursCli.heure("--time", heure);
            if (visio != null && !visio.strip().matches("(?i)https?://\\S+")) {
                throw new SaisieInvalideException("--video", "« " + visio + " » n'est pas un lien de "
                        + "visioconférence (https://…).");
            }
            try (Services services = principale().ouvrir()) {
                UUID secretaireId = secretaire == null ? null
                        : CommandeMembres.membre(services, "--secretary", secretaire).id();
                List<UUID> convoques = services.gererMembres().actifs().stream().map(Membre::id).toList();
                PlanSeance plan = new PlanSeance(numero, jour, debut, lieu, visio, secretaireId, convoques);
                Seance planifiee = ValeursCli.selonOptions(OPTIONS,
                        () -> services.preparerSeance().planifier(services.utilisateur(), plan));
                sortie().println("Séance n° " + planifiee.numero() + " planifiée le "
                        + planifiee.date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu"))
                        + " à " + planifiee.heure() + ", " + convoques.size() + " membre(s) convoqué(s). Son ordre "
                        + "du jour : render --seance " + planifiee.numero() + ".");
                sortie().flush();
                return 0;
            }
        }
    }

    /**
     * {@code meetings open --number N [--before-date]}: opens a planned meeting; more than a day before its date, only
     * with {@code --before-date} (the window asks instead).
     */
    @Command(name = "open", description = "Ouvre une séance planifiée (coordinatrice) ; plus d'un jour avant sa "
            + "date, seulement avec --before-date.")
    static final class Ouvrir extends SousCommandeDeGroupe {

        @Option(names = "--number", required = true, paramLabel = "N", description = "Numéro de la séance.")
        private int numero;

        @Option(names = "--before-date", description = "Confirme l'ouverture plus d'un jour avant la date prévue.")
        private boolean avantSaDate;

        @Override
        public Integer call() {
            try (Services services = principale().ouvrir()) {
                Seance seance = services.genererDocuments().trouver(services.utilisateur(), numero);
                Seance ouverte = ValeursCli.selonOptions(Map.of("date", "--before-date"),
                        () -> services.tenirSeance().ouvrir(services.utilisateur(), seance.id(), avantSaDate));
                sortie().println("Séance n° " + ouverte.numero() + " ouverte.");
                sortie().flush();
                return 0;
            }
        }
    }
}
