package fr.cellulepdp.app.compte;

import java.time.Duration;

/**
 * The running session's inactivity delay: the lock reads it at each check, and Paramètres › Protection changes it
 * as soon as the cell's new delay is saved, so that it applies at once rather than at the next start.
 */
public final class DelaiVerrouillage {

    /** The delay of a cell that has none set (a database from before the setting). */
    static final int MINUTES_PAR_DEFAUT = 10;

    private volatile Duration delai;

    /** @param minutes the cell's delay; 0 or less (none set) is {@value #MINUTES_PAR_DEFAUT} minutes */
    public DelaiVerrouillage(int minutes) {
        changer(minutes);
    }

    public Duration delai() {
        return delai;
    }

    /** The cell's delay was saved: the lock follows it from its next check (every 15 s). */
    public void changer(int minutes) {
        delai = Duration.ofMinutes(minutes > 0 ? minutes : MINUTES_PAR_DEFAUT);
    }
}
