package fr.cellulepdp.model.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NirTest {

    @ParameterizedTest
    @CsvSource({"2690549588157, 80", "185052A004123, 56", "185052B004123, 83"})
    void computes_the_key_of_the_reference_values(String corps, String cle) {
        assertThat(Nir.calculerCle(corps)).isEqualTo(cle);
        assertThat(Nir.verifier(corps + cle)).isNull();
    }

    @Test
    void accepts_spaces_dots_dashes_and_lower_case_and_stores_the_normalised_value() {
        Nir nir = Nir.de("1 85 05 2a-004.123 56");

        assertThat(nir.valeur()).isEqualTo("185052A00412356");
        assertThat(nir.corps()).isEqualTo("185052A004123");
        assertThat(nir.cle()).isEqualTo("56");
        assertThat(nir.formate()).isEqualTo("1 85 05 2A 004 123 56");
    }

    @Test
    void refuses_a_wrong_key_with_its_own_message() {
        assertThat(Nir.verifier("269054958815781")).contains("clé « 81 »").contains("ne correspond pas");
        assertThat(Nir.verifier("185052B00412356")).contains("clé « 56 »");
    }

    @Test
    void refuses_a_wrong_length_saying_how_many_characters_were_typed() {
        assertThat(Nir.verifier("26905495881578")).contains("15 caractères").contains("14 saisis");
        assertThat(Nir.verifier("")).contains("obligatoire");
        assertThat(Nir.verifier(null)).contains("obligatoire");
    }

    @Test
    void refuses_letters_outside_the_corsican_department_naming_the_position() {
        assertThat(Nir.verifier("26905X958815780")).contains("« X »").contains("position 6");
        assertThat(Nir.verifier("1850520A0412356")).contains("position 8");
    }

    @Test
    void refuses_a_key_out_of_range_and_a_first_digit_other_than_1_2_7_8() {
        assertThat(Nir.verifier("269054958815798")).contains("entre 01 et 97");
        assertThat(Nir.verifier("369054958815780")).contains("premier chiffre");
    }

    @Test
    void accepts_temporary_numbers_and_unusual_months() {
        String provisoire = "7690549588157";
        assertThat(Nir.verifier(provisoire + Nir.calculerCle(provisoire))).isNull();
        String moisInhabituel = "2694249588157";
        assertThat(Nir.verifier(moisInhabituel + Nir.calculerCle(moisInhabituel))).isNull();
    }

    @Test
    void constructor_throws_a_french_message_naming_the_field_and_never_prints_the_number() {
        assertThatThrownBy(() -> Nir.de("269054958815781"))
                .isInstanceOf(SaisieInvalideException.class)
                .hasMessageStartingWith("NIR : ");
        assertThat(Nir.de("269054958815780").toString()).doesNotContain("2690549588157");
    }
}
