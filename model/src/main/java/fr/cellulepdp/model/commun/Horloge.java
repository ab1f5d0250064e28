package fr.cellulepdp.model.commun;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Port: the current time. Tests give a fixed one so that dates and rules are reproducible. */
public interface Horloge {

    ZoneId FUSEAU_PARIS = ZoneId.of("Europe/Paris");

    Instant maintenant();

    default LocalDate aujourdhui() {
        return LocalDate.ofInstant(maintenant(), FUSEAU_PARIS);
    }

    static Horloge systeme() {
        return Instant::now;
    }

    static Horloge fixe(Instant instant) {
        return () -> instant;
    }

    static Horloge de(Clock clock) {
        return clock::instant;
    }
}
