package fr.cellulepdp.app.compte;

import java.time.Duration;
import java.time.Instant;

/**
 * Keeps keystrokes meant for another window out of a dialog that appears by itself (the lock after inactivity): the
 * user was typing a decision when it appeared, and her next keys, Entrée included, must not become a password tried.
 * Keys are refused until the keyboard has been quiet for {@link #PAUSE} since the dialog appeared; each key refused
 * meanwhile starts the pause again.
 */
final class GardeFrappe {

    static final Duration PAUSE = Duration.ofMillis(1200);

    private Instant calme;
    private boolean ouverte;

    /** The dialog appears now. */
    void ouvrir(Instant maintenant) {
        calme = maintenant;
        ouverte = false;
    }

    /** True when a key pressed at {@code instant} is meant for the dialog. */
    boolean accepte(Instant instant) {
        if (ouverte) {
            return true;
        }
        if (calme != null && !Duration.between(calme, instant).minus(PAUSE).isNegative()) {
            ouverte = true;
            return true;
        }
        calme = instant;
        return false;
    }
}
