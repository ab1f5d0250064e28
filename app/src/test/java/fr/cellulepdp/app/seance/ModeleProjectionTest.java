package fr.cellulepdp.app.seance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The projection window's choice of screen and full screen, without a window. */
class ModeleProjectionTest {

    private static final ModeleProjection.Ecran PORTABLE =
            new ModeleProjection.Ecran(1, 0, 0, 1366, 728, 1, true);
    /** A 1920 × 1080 projector at 150 %: 1280 × 720 in the window's coordinates. */
    private static final ModeleProjection.Ecran PROJECTEUR =
            new ModeleProjection.Ecran(2, 1366, 0, 1280, 720, 1.5, false);

    @Test
    void the_screens_read_as_the_room_sees_them_and_the_projector_is_chosen_first() {
        ModeleProjection modele = new ModeleProjection();
        modele.ecrans(List.of(PORTABLE, PROJECTEUR));

        assertThat(modele.ecrans()).extracting(ModeleProjection.Ecran::libelle).containsExactly(
                "Écran 1 — 1366\u00a0×\u00a0728 (principal)", "Écran 2 — 1920\u00a0×\u00a01080");
        assertThat(modele.ecranProperty().get()).isEqualTo(PROJECTEUR);
        assertThat(modele.pleinEcranProperty().get()).isFalse();
    }

    @Test
    void f11_toggles_full_screen_and_echap_leaves_it_but_is_left_to_others_in_a_window() {
        ModeleProjection modele = new ModeleProjection();
        modele.ecrans(List.of(PORTABLE));

        assertThat(modele.touche(KeyCode.ESCAPE)).isFalse();
        assertThat(modele.touche(KeyCode.F11)).isTrue();
        assertThat(modele.pleinEcranProperty().get()).isTrue();
        assertThat(modele.touche(KeyCode.F11)).isTrue();
        assertThat(modele.pleinEcranProperty().get()).isFalse();
        modele.touche(KeyCode.F11);
        assertThat(modele.touche(KeyCode.ESCAPE)).isTrue();
        assertThat(modele.pleinEcranProperty().get()).isFalse();
        assertThat(modele.touche(KeyCode.F)).isFalse();
    }

    @Test
    void the_chosen_screen_stays_when_another_is_plugged_in_and_an_unplugged_projector_brings_the_window_back() {
        ModeleProjection modele = new ModeleProjection();
        modele.ecrans(List.of(PORTABLE, PROJECTEUR));
        modele.ecranProperty().set(PORTABLE);
        ModeleProjection.Ecran troisieme = new ModeleProjection.Ecran(3, 2646, 0, 1920, 1080, 1, false);
        modele.ecrans(List.of(PORTABLE, PROJECTEUR, troisieme));
        assertThat(modele.ecranProperty().get()).isEqualTo(PORTABLE);

        modele.ecranProperty().set(PROJECTEUR);
        modele.pleinEcranProperty().set(true);
        modele.ecrans(List.of(PORTABLE));
        assertThat(modele.ecranProperty().get()).isEqualTo(PORTABLE);
        assertThat(modele.pleinEcranProperty().get()).as("plus de plein écran sur un écran débranché").isFalse();
    }
}
