package fr.cellulepdp.app.ui;

import fr.cellulepdp.model.commun.Horloge;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Instants as the cell reads them, in Paris time: "30/11/2026 à 14:07". */
public final class Horaires {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    private Horaires() {
    }

    public static String horodatage(Instant instant) {
        return FORMAT.format(instant.atZone(Horloge.FUSEAU_PARIS));
    }

    /** The instant, or {@code aucun} when there is none. */
    public static String ou(String aucun, Instant instant) {
        return instant == null ? aucun : horodatage(instant);
    }
}
