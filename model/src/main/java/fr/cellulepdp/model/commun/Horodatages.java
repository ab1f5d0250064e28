package fr.cellulepdp.model.commun;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants are kept to the microsecond, the precision databases store, so stored and read values are equal. */
public final class Horodatages {

    private Horodatages() {
    }

    public static Instant stockable(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
