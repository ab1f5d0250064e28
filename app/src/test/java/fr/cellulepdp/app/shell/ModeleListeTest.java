package fr.cellulepdp.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list view model without a window. */
class ModeleListeTest {

    private final List<Exception> erreurs = new ArrayList<>();

    @Test
    void loads_rows_and_counts_them_in_french() {
        ModeleListe<String> modele = ModeleListe.complet(ExecuteurTaches.synchrone(), () -> List.of("a", "b"),
                n -> ModeleListe.pluriel(n, "séance", "séances", "aucune séance"), erreurs::add);

        modele.actualiser();

        assertThat(modele.lignes()).containsExactly("a", "b");
        assertThat(modele.resumeProperty().get()).isEqualTo("2 séances");
        assertThat(modele.chargementProperty().get()).isFalse();
        assertThat(erreurs).isEmpty();
    }

    @Test
    void a_failed_read_keeps_the_rows_shown_and_reports_the_error() {
        List<List<String>> reponses = new ArrayList<>(List.of(List.of("a")));
        ModeleListe<String> modele = ModeleListe.complet(ExecuteurTaches.synchrone(), () -> {
            if (reponses.isEmpty()) {
                throw new IllegalStateException("base fermée");
            }
            return reponses.remove(0);
        }, n -> ModeleListe.pluriel(n, "ligne", "lignes", "aucune ligne"), erreurs::add);
        modele.actualiser();

        modele.actualiser();

        assertThat(modele.lignes()).containsExactly("a");
        assertThat(modele.resumeProperty().get()).isEqualTo("1 ligne");
        assertThat(erreurs).singleElement().isInstanceOf(IllegalStateException.class);
        assertThat(modele.chargementProperty().get()).isFalse();
    }

    @Test
    void french_plural() {
        assertThat(ModeleListe.pluriel(0, "situation", "situations", "aucune situation")).isEqualTo("aucune situation");
        assertThat(ModeleListe.pluriel(1, "situation", "situations", "aucune situation")).isEqualTo("1 situation");
        assertThat(ModeleListe.pluriel(68, "situation", "situations", "aucune situation")).isEqualTo("68 situations");
    }

    @Test
    void counts_and_table_cells_read_as_french_numbers() {
        assertThat(ModeleListe.pluriel(1234, "situation", "situations", "aucune situation"))
                .isEqualTo("1\u202f234 situations");
        assertThat(Tableaux.texte(new java.math.BigDecimal("1850"))).isEqualTo("1\u202f850,00\u00a0€");
        assertThat(Tableaux.texte(12_000L)).isEqualTo("12\u202f000");
        assertThat(Tableaux.texte(7)).isEqualTo("7");
    }
}
