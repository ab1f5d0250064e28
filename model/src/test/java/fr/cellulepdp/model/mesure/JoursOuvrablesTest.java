package fr.cellulepdp.model.mesure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JoursOuvrablesTest {

    @Test
    void computes_easter() {
        assertThat(JoursOuvrables.paques(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(JoursOuvrables.paques(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(JoursOuvrables.paques(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    }

    @Test
    void knows_fixed_and_moving_public_holidays() {
        assertThat(JoursOuvrables.estFerie(LocalDate.of(2026, 4, 6))).as("lundi de Pâques").isTrue();
        assertThat(JoursOuvrables.estFerie(LocalDate.of(2026, 5, 14))).as("Ascension").isTrue();
        assertThat(JoursOuvrables.estFerie(LocalDate.of(2026, 5, 25))).as("lundi de Pentecôte").isTrue();
        assertThat(JoursOuvrables.estFerie(LocalDate.of(2026, 11, 11))).isTrue();
        assertThat(JoursOuvrables.estFerie(LocalDate.of(2026, 11, 12))).isFalse();
    }

    @Test
    void counts_monday_to_saturday_without_holidays_both_ends_included() {
        // Monday 2 to Saturday 14 November 2026: 12 days without the two Sundays, minus 11 November
        assertThat(JoursOuvrables.entre(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 14))).isEqualTo(11);
        assertThat(JoursOuvrables.entre(LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 15))).as("un dimanche")
                .isZero();
        assertThat(JoursOuvrables.entre(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 16))).isEqualTo(1);
        assertThat(JoursOuvrables.entre(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 1))).isZero();
    }
}
