package fr.cellulepdp.app.seance;

import fr.cellulepdp.model.commun.Horloge;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Instants as the cell reads them, in Paris time: "30/11/2026 à 14:07". */
final class Horaires {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    private Horaires() {
    }

    static String horodatage(Instant instant) {
        return FORMAT.format(instant.atZone(Horloge.FUSEAU_PARIS));
    }
}
