package fr.cellulepdp.app.cli;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.time.LocalDate;
import java.time.LocalTime;
import picocli.CommandLine.Option;

/** Where and when a meeting is held ({@code meetings plan}, {@code meetings move}): checked before the database opens. */
final class OptionsDateLieu {

    @Option(names = "--date", required = true, paramLabel = "AAAA-MM-JJ", description = "Date de la séance.")
    private String date;

    @Option(names = "--time", required = true, paramLabel = "HH:MM", description = "Heure de début.")
    private String heure;

    @Option(names = "--place", paramLabel = "LIEU", description = "Lieu de la réunion.")
    private String lieu;

    @Option(names = "--video", paramLabel = "URL",
            description = "Lien de la visioconférence (seul, ou avec --place pour une séance mixte).")
    private String visio;

    LocalDate jour() {
        return CommandeIndicateurs.date("--date", date);
    }

    LocalTime debut() {
        return ValeursCli.heure("--time", heure);
    }

    String lieu() {
        return lieu;
    }

    /** The video link, if given, a web link. */
    String visio() {
        if (visio != null && !visio.strip().matches("(?i)https?://\\S+")) {
            throw new SaisieInvalideException("--video", "« " + visio + " » n'est pas un lien de "
                    + "visioconférence (https://…).");
        }
        return visio;
    }
}
