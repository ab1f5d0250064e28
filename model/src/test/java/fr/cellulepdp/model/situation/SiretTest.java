package fr.cellulepdp.model.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import org.junit.jupiter.api.Test;

class SiretTest {

    @Test
    void accepts_a_valid_siret_with_spaces() {
        Siret siret = Siret.de("732 829 320 00074");

        assertThat(siret.valeur()).isEqualTo("73282932000074");
        assertThat(siret.siren()).isEqualTo("732829320");
    }

    @Test
    void refuses_a_wrong_checksum() {
        assertThat(Siret.verifier("73282932000075")).contains("Luhn");
    }

    @Test
    void refuses_a_wrong_length_and_non_digits_with_their_own_messages() {
        assertThat(Siret.verifier("7328293200007")).contains("14 chiffres").contains("13 saisis");
        assertThat(Siret.verifier("7328293200007A")).contains("« A »").contains("position 14");
    }

    @Test
    void la_poste_establishments_use_the_digit_sum_rule() {
        // 3+5+6+0+0+0+0+0+0+0+0+0+0+1 = 15: a multiple of 5, although the Luhn sum is not
        assertThat(Siret.verifier("35600000000001")).isNull();
        assertThat(Siret.verifier("35600000000002")).contains("La Poste");
    }

    @Test
    void computes_the_check_digit_so_that_generated_numbers_are_valid() {
        String treize = "4420124810001";
        String siret = treize + Siret.chiffreDeControle(treize);

        assertThat(Siret.verifier(siret)).isNull();
    }

    @Test
    void constructor_names_the_field() {
        assertThatThrownBy(() -> Siret.de("123"))
                .isInstanceOf(SaisieInvalideException.class)
                .hasMessageStartingWith("SIRET : ");
    }
}
