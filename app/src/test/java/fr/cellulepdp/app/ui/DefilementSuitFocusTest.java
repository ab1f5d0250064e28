package fr.cellulepdp.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Where the decision panel scrolls when the keyboard reaches a field (a 400 px view on 1 000 px of fields). */
class DefilementSuitFocusTest {

    @Test
    void a_field_below_the_view_comes_up_to_its_bottom_edge_and_one_in_view_moves_nothing() {
        // at the top (0): « Éléments manquants » at 820–880 px is out of sight; it ends at the view's bottom
        assertThat(DefilementSuitFocus.position(820, 880, 0, 400, 1000)).isCloseTo(480 / 600.0, within(1e-9));
        // already in view: nothing moves
        assertThat(DefilementSuitFocus.position(100, 140, 0, 400, 1000)).isZero();
        // above the view (scrolled to the end, back to the first field): its top comes to the view's top
        assertThat(DefilementSuitFocus.position(30, 60, 1, 400, 1000)).isCloseTo(30 / 600.0, within(1e-9));
        // everything fits: the value stays
        assertThat(DefilementSuitFocus.position(820, 880, 0, 1200, 1000)).isZero();
    }
}
