package fr.cellulepdp.model.commun;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Instants are kept to the microsecond, the precision databases store, so stored and read values are equal; dates
 * in messages read the French way.
 */
public final class Horodatages {

    private Horodatages() {
    }

    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** "20/11/2026", or "" for no date. */
    public static String date(LocalDate jour) {
        return jour == null ? "" : JJ_MM_AAAA.format(jour);
    }

    public static Instant stockable(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
