package fr.cellulepdp.model.mesure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working-day counts checked against published calendars. */
class JoursOuvrablesCalendrierTest {

    @ParameterizedTest(name = "Pâques {0} : {1}")
    @CsvSource({"2000, 2000-04-23", "2008, 2008-03-23", "2019, 2019-04-21", "2024, 2024-03-31",
            "2026, 2026-04-05", "2038, 2038-04-25", "1818, 1818-03-22"})
    void easter_matches_published_dates_including_the_earliest_and_latest(int annee, LocalDate paques) {
        assertThat(JoursOuvrables.paques(annee)).isEqualTo(paques);
    }

    @ParameterizedTest(name = "{0} férié")
    @CsvSource({"2026-01-01", "2026-05-01", "2026-05-08", "2026-07-14", "2026-08-15", "2026-11-01", "2026-12-25",
            "2024-04-01", "2024-05-09", "2024-05-20"})
    void every_french_public_holiday_is_known(LocalDate jour) {
        assertThat(JoursOuvrables.estFerie(jour)).isTrue();
        assertThat(JoursOuvrables.estOuvrable(jour)).isFalse();
    }

    @Test
    void easter_sunday_and_good_friday_are_not_public_holidays_but_sunday_is_never_worked() {
        assertThat(JoursOuvrables.estFerie(LocalDate.of(2026, 4, 3))).as("vendredi saint").isFalse();
        assertThat(JoursOuvrables.estOuvrable(LocalDate.of(2026, 4, 3))).isTrue();
        assertThat(JoursOuvrables.estOuvrable(LocalDate.of(2026, 4, 5))).as("dimanche de Pâques").isFalse();
    }

    @Test
    void saturday_is_a_working_day_in_the_french_sense() {
        assertThat(JoursOuvrables.estOuvrable(LocalDate.of(2026, 11, 21))).isTrue();
        assertThat(JoursOuvrables.entre(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22))).isEqualTo(6);
    }

    @Test
    void may_2026_has_22_working_days() {
        // 31 days, 5 Sundays, and 1, 8, 14 (Ascension) and 25 (Whit Monday) May on weekdays
        assertThat(JoursOuvrables.entre(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31))).isEqualTo(22);
    }

    @Test
    void the_year_2026_has_303_working_days() {
        // 365 days - 52 Sundays - 10 holidays on other days (1 November 2026 is a Sunday)
        assertThat(JoursOuvrables.entre(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEqualTo(303);
    }

    @Test
    void a_span_over_easter_skips_easter_monday() {
        // Monday 30 March to Saturday 11 April 2026: 12 days without Sundays, minus Easter Monday 6 April
        assertThat(JoursOuvrables.entre(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 11))).isEqualTo(11);
    }
}
