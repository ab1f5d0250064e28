package fr.cellulepdp.app.ui;

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
    void readings_asked_for_while_one_waits_are_served_by_it_with_the_latest_state() {
        List<Runnable> enFile = new ArrayList<>();
        ExecuteurTaches differe = new ExecuteurTaches() {
            @Override
            public <T> void executer(java.util.concurrent.Callable<T> travail, java.util.function.Consumer<T> succes,
                                     java.util.function.Consumer<Exception> echec) {
                enFile.add(() -> ExecuteurTaches.synchrone().executer(travail, succes, echec));
            }
        };
        StringBuilder tape = new StringBuilder();
        List<String> lues = new ArrayList<>();
        ModeleListe<String> modele = ModeleListe.complet(differe, () -> {
            lues.add(tape.toString());
            return List.of(tape.toString());
        }, n -> ModeleListe.pluriel(n, "ligne", "lignes", "aucune ligne"), erreurs::add);

        for (char lettre : "hele".toCharArray()) {
            tape.append(lettre);
            modele.actualiser();
        }
        assertThat(enFile).hasSize(1);
        assertThat(modele.chargementProperty().get()).isTrue();
        enFile.remove(0).run();

        assertThat(lues).containsExactly("hele");
        assertThat(modele.lignes()).containsExactly("hele");
        assertThat(modele.chargementProperty().get()).isFalse();
    }

    @Test
    void a_reading_asked_for_once_the_last_one_started_is_queued_behind_it() {
        List<Runnable> enFile = new ArrayList<>();
        List<String> lues = new ArrayList<>();
        StringBuilder tape = new StringBuilder("he");
        ModeleListe<String>[] modele = new ModeleListe[1];
        ExecuteurTaches differe = new ExecuteurTaches() {
            @Override
            public <T> void executer(java.util.concurrent.Callable<T> travail, java.util.function.Consumer<T> succes,
                                     java.util.function.Consumer<Exception> echec) {
                enFile.add(() -> ExecuteurTaches.synchrone().executer(travail, succes, echec));
            }
        };
        modele[0] = ModeleListe.complet(differe, () -> {
            String lu = tape.toString();
            lues.add(lu);
            if (lu.equals("he")) {
                // a letter typed while this reading runs: it read "he", so "hel" needs a reading of its own
                tape.append('l');
                modele[0].actualiser();
            }
            return List.of(lu);
        }, n -> ModeleListe.pluriel(n, "ligne", "lignes", "aucune ligne"), erreurs::add);

        modele[0].actualiser();
        enFile.remove(0).run();
        assertThat(enFile).hasSize(1);
        assertThat(modele[0].lignes()).containsExactly("he");
        assertThat(modele[0].chargementProperty().get()).isTrue();
        enFile.remove(0).run();

        assertThat(lues).containsExactly("he", "hel");
        assertThat(modele[0].lignes()).containsExactly("hel");
        assertThat(modele[0].chargementProperty().get()).isFalse();
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
