package fr.cellulepdp.model.situation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MotsRechercheTest {

    @Test
    void a_file_number_gives_itself_its_part_after_the_prefix_and_its_number_without_zeros() {
        assertThat(MotsRecherche.duNumero("PDP-2026-0042")).containsExactly("pdp-2026-0042", "2026-0042", "42");
        assertThat(MotsRecherche.duNumero("PDP-2026-10000")).containsExactly("pdp-2026-10000", "2026-10000", "10000");
        assertThat(MotsRecherche.duNumero("ANCIEN42")).containsExactly("ancien42");
    }

    @Test
    void names_give_their_folded_words_and_the_parts_of_compound_words() {
        assertThat(MotsRecherche.dePersonne("Dupont-Lœuillet", "Jean-Pierre", "Boulangerie d'Hélène"))
                .containsExactly("dupont-loeuillet", "loeuillet", "jean-pierre", "pierre", "boulangerie", "d'helene",
                        "helene");
        assertThat(MotsRecherche.dePersonne("Martin", "Martin", null)).containsExactly("martin");
    }

    @Test
    void a_search_is_cut_into_folded_words_numbers_without_leading_zeros_and_at_most_six() {
        assertThat(MotsRecherche.deRecherche("  Hélène   LŒUIL ")).containsExactly("helene", "loeuil");
        assertThat(MotsRecherche.deRecherche("0042 PDP-2026-0042 000")).containsExactly("42", "pdp-2026-0042", "0");
        assertThat(MotsRecherche.deRecherche("a b c d e f g h")).hasSize(MotsRecherche.MOTS_MAX);
        assertThat(MotsRecherche.deRecherche("x".repeat(300)).get(0)).hasSize(MotsRecherche.LONGUEUR_MAX);
    }
}
