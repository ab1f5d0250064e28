package fr.cellulepdp.app.compte;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Keys typed for another window while the lock appears are not a password tried. */
class GardeFrappeTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:10:00Z");

    @Test
    void keys_are_refused_until_the_keyboard_has_been_quiet_then_accepted() {
        GardeFrappe garde = new GardeFrappe();
        garde.ouvrir(T0);
        assertThat(garde.accepte(T0.plusMillis(300))).as("la saisie de la séance continue").isFalse();
        assertThat(garde.accepte(T0.plusMillis(1000))).isFalse();
        assertThat(garde.accepte(T0.plusMillis(2100))).as("Entrée, 1,1 s après la touche précédente").isFalse();
        assertThat(garde.accepte(T0.plusMillis(3400))).as("après une pause").isTrue();
        assertThat(garde.accepte(T0.plusMillis(3500))).isTrue();
    }

    @Test
    void a_user_who_was_not_typing_types_at_once() {
        GardeFrappe garde = new GardeFrappe();
        garde.ouvrir(T0);
        assertThat(garde.accepte(T0.plusSeconds(2))).isTrue();
    }
}
