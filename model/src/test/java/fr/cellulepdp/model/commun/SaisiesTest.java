package fr.cellulepdp.model.commun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaisiesTest {

    private static List<Probleme> telephone(String saisi) {
        List<Probleme> problemes = new ArrayList<>();
        Saisies.telephone(problemes, "téléphone", saisi);
        return problemes;
    }

    @Test
    void a_french_telephone_number_has_ten_digits_or_an_international_prefix_and_nine() {
        assertThat(telephone("03 86 00 00 00")).isEmpty();
        assertThat(telephone("03.86.00.00.00")).isEmpty();
        assertThat(telephone("0386000000")).isEmpty();
        assertThat(telephone("+33 3 86 00 00 00")).isEmpty();
        assertThat(telephone("0033 3 86 00 00 00")).isEmpty();
        assertThat(telephone("+262 692 12 34 56")).isEmpty();
        assertThat(telephone("")).as("facultatif").isEmpty();
    }

    @Test
    void a_number_missing_or_adding_digits_is_refused_saying_the_expected_form() {
        assertThat(telephone("03 86 12 34")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("numéro de téléphone invalide (par exemple 03 86 00 00 00)."));
        assertThat(telephone("03 86 00 00 00 0")).hasSize(1);
        assertThat(telephone("+33 03 86 00 00 00")).hasSize(1);
        assertThat(telephone("+1 212 555 0100")).hasSize(1);
        assertThat(telephone("03 86 OO OO OO")).hasSize(1);
    }
}
