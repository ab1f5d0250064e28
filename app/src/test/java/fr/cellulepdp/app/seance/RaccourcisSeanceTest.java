package fr.cellulepdp.app.seance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.decision.IssueDecision;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;

/** The meeting keys as a QWERTY and a French AZERTY keyboard report them, without a window. */
class RaccourcisSeanceTest {

    private static KeyEvent ctrl(KeyCode code, String texte) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, texte, texte, code, false, true, false, false);
    }

    private static KeyEvent touche(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }

    @Test
    void ctrl_1_to_5_choose_the_outcome_on_a_qwerty_keyboard_and_on_the_keypad() {
        List<KeyCode> chiffres = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
                KeyCode.DIGIT5);
        for (int i = 0; i < 5; i++) {
            assertThat(RaccourcisSeance.issue(ctrl(chiffres.get(i), String.valueOf(i + 1))))
                    .contains(IssueDecision.values()[i]);
        }
        assertThat(RaccourcisSeance.issue(ctrl(KeyCode.NUMPAD3, "3"))).contains(IssueDecision.REFUS);
    }

    @Test
    void ctrl_and_the_top_row_of_a_french_azerty_keyboard_choose_the_same_outcomes() {
        // the key codes a French layout reports for « & é " ' ( », and the characters when there is no code
        assertThat(RaccourcisSeance.issue(ctrl(KeyCode.AMPERSAND, "&"))).contains(IssueDecision.ACCORD);
        assertThat(RaccourcisSeance.issue(ctrl(KeyCode.UNDEFINED, "é"))).contains(IssueDecision.ACCORD_SOUS_RESERVE);
        assertThat(RaccourcisSeance.issue(ctrl(KeyCode.QUOTEDBL, "\""))).contains(IssueDecision.REFUS);
        assertThat(RaccourcisSeance.issue(ctrl(KeyCode.QUOTE, "'"))).contains(IssueDecision.AJOURNEMENT);
        assertThat(RaccourcisSeance.issue(ctrl(KeyCode.LEFT_PARENTHESIS, "("))).contains(IssueDecision.SANS_OBJET);
        // some systems report the physical key as a digit whatever the layout
        assertThat(RaccourcisSeance.issue(ctrl(KeyCode.DIGIT2, "é"))).contains(IssueDecision.ACCORD_SOUS_RESERVE);
    }

    @Test
    void without_ctrl_or_with_alt_gr_the_keys_type_text() {
        assertThat(RaccourcisSeance.issue(new KeyEvent(KeyEvent.KEY_PRESSED, "&", "&", KeyCode.AMPERSAND, false,
                false, false, false))).isEmpty();
        assertThat(RaccourcisSeance.issue(new KeyEvent(KeyEvent.KEY_PRESSED, "~", "~", KeyCode.UNDEFINED, false,
                true, true, false))).isEmpty();
        assertThat(RaccourcisSeance.issue(ctrl(KeyCode.DIGIT7, "7"))).isEqualTo(Optional.empty());
        assertThat(RaccourcisSeance.issue(ctrl(KeyCode.DIGIT6, "6"))).as("a followed measure")
                .contains(IssueDecision.SUIVIE);
        assertThat(RaccourcisSeance.issue(ctrl(KeyCode.MINUS, "-"))).as("AZERTY 6").contains(IssueDecision.SUIVIE);
    }

    @Test
    void ctrl_enter_records_and_page_keys_move_except_in_a_text_area() {
        assertThat(RaccourcisSeance.enregistrer(ctrl(KeyCode.ENTER, "\r"))).isTrue();
        assertThat(RaccourcisSeance.enregistrer(touche(KeyCode.ENTER))).isFalse();
        assertThat(RaccourcisSeance.deplacement(touche(KeyCode.PAGE_DOWN), false)).isEqualTo(1);
        assertThat(RaccourcisSeance.deplacement(touche(KeyCode.PAGE_UP), false)).isEqualTo(-1);
        assertThat(RaccourcisSeance.deplacement(touche(KeyCode.PAGE_DOWN), true)).as("la zone de texte défile")
                .isZero();
    }

    @Test
    void ctrl_or_cmd_w_closes_the_window_on_both_layouts_and_nothing_else_does() {
        // AZERTY and QWERTY both report the code W for the key labelled « W », wherever it sits
        assertThat(RaccourcisSeance.fermer(ctrl(KeyCode.W, "w"))).isTrue();
        assertThat(RaccourcisSeance.fermer(new KeyEvent(KeyEvent.KEY_PRESSED, "w", "w", KeyCode.W, false, false,
                false, true))).as("Cmd+W on a Mac").isTrue();
        assertThat(RaccourcisSeance.fermer(touche(KeyCode.W))).as("a « w » typed in a field").isFalse();
        assertThat(RaccourcisSeance.fermer(ctrl(KeyCode.Z, "z"))).as("AZERTY's key where QWERTY has W").isFalse();
        assertThat(RaccourcisSeance.fermer(new KeyEvent(KeyEvent.KEY_PRESSED, "w", "w", KeyCode.W, true, true,
                false, false))).as("Ctrl+Shift+W").isFalse();
    }
}
