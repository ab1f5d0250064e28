package fr.cellulepdp.model.commun;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Numbers as French reads them: narrow no-break spaces between thousands, a comma, a no-break space before units. */
class NombresTest {

    @Test
    void counts_have_their_thousands_apart_and_a_real_minus_sign() {
        assertThat(Nombres.entier(7)).isEqualTo("7");
        assertThat(Nombres.entier(10_928)).isEqualTo("10\u202f928");
        assertThat(Nombres.entier(1_358_601)).isEqualTo("1\u202f358\u202f601");
        assertThat(Nombres.entier(-1_250)).isEqualTo("−1\u202f250");
    }

    @Test
    void amounts_to_the_cent_rounded_half_up_with_the_euro_after_a_no_break_space() {
        assertThat(Nombres.montant(new BigDecimal("1850"))).isEqualTo("1\u202f850,00\u00a0€");
        assertThat(Nombres.montant(new BigDecimal("0.125"))).isEqualTo("0,13\u00a0€");
        assertThat(Nombres.montant(null)).isEmpty();
        assertThat(Nombres.euros(1_358_601)).isEqualTo("1\u202f358\u202f601,00\u00a0€");
        assertThat(Nombres.montantSaisi(new BigDecimal("1250.5"))).isEqualTo("1\u202f250,50");
    }

    @Test
    void percentages_and_decimals_with_a_comma() {
        assertThat(Nombres.pourcentage(0.881)).isEqualTo("88,1\u00a0%");
        assertThat(Nombres.pourcentage(0.0625)).as("half up").isEqualTo("6,3\u00a0%");
        assertThat(Nombres.pourcentage(12.5)).isEqualTo("1\u202f250,0\u00a0%");
        assertThat(Nombres.decimal(47.5)).isEqualTo("47,5");
        assertThat(Nombres.entierOuDecimal(12)).isEqualTo("12");
        assertThat(Nombres.entierOuDecimal(12.5)).isEqualTo("12,5");
    }

    @Test
    void file_sizes_in_octets_ko_and_mo() {
        assertThat(Nombres.taille(1)).isEqualTo("1\u00a0octet");
        assertThat(Nombres.taille(820)).isEqualTo("820\u00a0octets");
        assertThat(Nombres.taille(48 * 1024 - 10)).isEqualTo("48\u00a0ko");
        assertThat(Nombres.taille(1_258_291)).isEqualTo("1,2\u00a0Mo");
    }
}
