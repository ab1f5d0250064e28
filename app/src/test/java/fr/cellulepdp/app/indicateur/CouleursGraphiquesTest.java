package fr.cellulepdp.app.indicateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The charts' colours: an outcome keeps its colour, and the value printed on any bar reads (WCAG AA). */
class CouleursGraphiquesTest {

    @Test
    void accord_is_green_and_refus_red_whatever_the_order_of_the_series() {
        List<String> colonnes = List.of("Refus", "Accord sous réserve", "Accord", "Ajournement", "Sans objet");
        List<String> couleurs = CouleursGraphiques.pour(colonnes);
        assertThat(couleurs.get(2)).isEqualTo("#009E73");
        assertThat(couleurs.get(0)).isEqualTo("#D55E00");
        assertThat(couleurs).doesNotHaveDuplicates();
        assertThat(CouleursGraphiques.style(colonnes)).startsWith("CHART_COLOR_1: #D55E00;")
                .contains("CHART_COLOR_3: #009E73;");
    }

    @Test
    void the_value_on_every_bar_contrasts_at_least_4_5_to_1() {
        List<String> series = List.of("Accord", "Accord sous réserve", "Refus", "Ajournement", "Sans objet",
                "Mesure suivie", "a", "b", "c", "d", "e", "f", "g", "h");
        for (String couleur : CouleursGraphiques.pour(series)) {
            assertThat(CouleursGraphiques.contraste(couleur, CouleursGraphiques.texteSur(couleur)))
                    .as(couleur).isGreaterThanOrEqualTo(4.5);
        }
    }
}
