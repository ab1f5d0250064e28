package fr.cellulepdp.reports.typographie;

import static fr.cellulepdp.reports.typographie.TypographieFrancaise.ESPACE_FINE_INSECABLE;
import static fr.cellulepdp.reports.typographie.TypographieFrancaise.ESPACE_INSECABLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TypographieFrancaiseTest {

    private static final char FINE = ESPACE_FINE_INSECABLE;
    private static final char NBSP = ESPACE_INSECABLE;

    @Test
    void writes_dates_out_with_1er_for_the_first_of_the_month() {
        assertThat(TypographieFrancaise.date(LocalDate.of(2026, 11, 20))).isEqualTo("20" + NBSP + "novembre 2026");
        assertThat(TypographieFrancaise.date(LocalDate.of(2026, 12, 1))).isEqualTo("1er" + NBSP + "décembre 2026");
        assertThat(TypographieFrancaise.date(LocalDate.of(2027, 8, 15))).isEqualTo("15" + NBSP + "août 2027");
    }

    @Test
    void formats_amounts_with_grouped_thousands_a_decimal_comma_and_the_euro_after() {
        assertThat(TypographieFrancaise.montant(new BigDecimal("1234.5"))).isEqualTo("1" + FINE + "234,50" + NBSP + "€");
        assertThat(TypographieFrancaise.montant(new BigDecimal("60"))).isEqualTo("60,00" + NBSP + "€");
        assertThat(TypographieFrancaise.montant(new BigDecimal("1234567.005")))
                .isEqualTo("1" + FINE + "234" + FINE + "567,01" + NBSP + "€");
        assertThat(TypographieFrancaise.montant(new BigDecimal("-500"))).isEqualTo("-500,00" + NBSP + "€");
    }

    @Test
    void puts_no_break_spaces_before_high_punctuation_and_inside_guillemets() {
        assertThat(TypographieFrancaise.ponctuation("Objet : accord ; pourquoi ? Voilà !"))
                .isEqualTo("Objet" + NBSP + ": accord" + FINE + "; pourquoi" + FINE + "? Voilà" + FINE + "!");
        assertThat(TypographieFrancaise.ponctuation("« essai encadré »"))
                .isEqualTo("«" + NBSP + "essai encadré" + NBSP + "»");
    }

    @Test
    void leaves_times_and_urls_alone() {
        assertThat(TypographieFrancaise.ponctuation("à 14:30 sur https://visio.exemple.fr"))
                .isEqualTo("à 14:30 sur https://visio.exemple.fr");
    }
}
