package fr.cellulepdp.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where a window opens, from the screens' usable areas and what was remembered, without a window. */
class PlacementFenetreTest {

    private static final Rectangle2D PORTABLE = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D GRAND = new Rectangle2D(0, 0, 1920, 1040);

    private final Preferences noeud = Preferences.userRoot().node("cellule-pdp-test-" + UUID.randomUUID());

    @AfterEach
    void effacer() throws BackingStoreException {
        noeud.removeNode();
    }

    @Test
    void a_first_opening_fits_the_usable_area_of_a_laptop_screen_and_is_centred_on_a_large_one() {
        PlacementFenetre placement = new PlacementFenetre(noeud, 1400, 860);
        assertThat(placement.cadre(List.of(PORTABLE)))
                .as("la barre des tâches exclue : menu et barre d'état visibles")
                .isEqualTo(new PlacementFenetre.Cadre(0, 0, 1366, 728, false));
        assertThat(placement.cadre(List.of(GRAND))).isEqualTo(new PlacementFenetre.Cadre(260, 90, 1400, 860, false));
    }

    @Test
    void the_size_position_and_maximised_state_are_remembered_and_a_frame_off_every_screen_is_not() {
        PlacementFenetre placement = new PlacementFenetre(noeud, 1400, 860);
        placement.retenir(new PlacementFenetre.Cadre(100, 50, 1200, 700, false));
        assertThat(new PlacementFenetre(noeud, 1400, 860).cadre(List.of(GRAND)))
                .isEqualTo(new PlacementFenetre.Cadre(100, 50, 1200, 700, false));

        placement.retenir(new PlacementFenetre.Cadre(0, 0, 1920, 1040, true));
        assertThat(placement.cadre(List.of(GRAND))).as("agrandie : la taille d'avant est gardée pour la restaurer")
                .isEqualTo(new PlacementFenetre.Cadre(100, 50, 1200, 700, true));

        // the second screen it was on is gone
        placement.retenir(new PlacementFenetre.Cadre(2000, 100, 1200, 700, false));
        assertThat(placement.cadre(List.of(PORTABLE)).x()).isLessThan(PORTABLE.getWidth());
    }

    @Test
    void never_smaller_than_the_minimum_unless_the_screen_is() {
        PlacementFenetre placement = new PlacementFenetre(noeud, 400, 300);
        PlacementFenetre.Cadre cadre = placement.cadre(List.of(GRAND));
        assertThat(cadre.largeur()).isEqualTo(PlacementFenetre.LARGEUR_MIN);
        assertThat(cadre.hauteur()).isEqualTo(PlacementFenetre.HAUTEUR_MIN);
        assertThat(placement.cadre(List.of(new Rectangle2D(0, 0, 800, 560))))
                .isEqualTo(new PlacementFenetre.Cadre(0, 0, 800, 560, false));
    }
}
