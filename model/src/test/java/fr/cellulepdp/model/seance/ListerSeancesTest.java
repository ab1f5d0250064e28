package fr.cellulepdp.model.seance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a meeting's letters stand, as its line in the Séances list says it. */
class ListerSeancesTest {

    @Test
    void no_letter_yet_all_sent_or_how_many_are_left_as_a_french_number() {
        assertThat(ListerSeances.courriers(ComptesSeance.AUCUN)).isEmpty();
        assertThat(ListerSeances.courriers(new ComptesSeance(12, false, 0))).as("documents not generated").isEmpty();
        assertThat(ListerSeances.courriers(new ComptesSeance(12, true, 0))).isEqualTo("entièrement notifiée");
        assertThat(ListerSeances.courriers(new ComptesSeance(1783, true, 1783)))
                .isEqualTo("1\u202f783 à envoyer ou poster");
    }
}
