package fr.cellulepdp.model.commun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextesTest {

    @Test
    void search_form_drops_case_accents_and_ligatures() {
        assertThat(Textes.pourRecherche("  Hélène LŒUILLET-Çà  ")).isEqualTo("helene loeuillet-ca");
        assertThat(Textes.pourRecherche("Lætitia Ñúñez")).isEqualTo("laetitia nunez");
        assertThat(Textes.pourRecherche(null)).isEmpty();
    }

    @Test
    void initials_never_show_more_than_one_letter_per_name() {
        assertThat(Textes.initiales("élodie", "Martin")).isEqualTo("É. M.");
        assertThat(Textes.initiales("", null)).isEqualTo("? ?");
    }
}
