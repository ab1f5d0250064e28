package fr.cellulepdp.app.seance;

import fr.cellulepdp.model.decision.IssueDecision;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The meeting view's keys, read from the key pressed whatever the keyboard layout: Ctrl+1…6 choose the outcome
 * (6: a measure the cell only follows) on a
 * QWERTY keyboard (digit keys), on the numeric keypad, and on a French AZERTY keyboard, whose top row gives « & é " '
 * ( » without Shift — its key codes (AMPERSAND, QUOTEDBL…) or its characters, as the system reports them; Ctrl+Entrée
 * records; Page↑ / Page↓ move between items, except in a text area, which keeps them to scroll; Ctrl+W (Cmd+W)
 * closes the window, read from the W key's code, which AZERTY and QWERTY layouts both report for their « W ».
 */
final class RaccourcisSeance {

    private static final List<KeyCode> CHIFFRES = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
            KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6);
    private static final List<KeyCode> PAVE = List.of(KeyCode.NUMPAD1, KeyCode.NUMPAD2, KeyCode.NUMPAD3,
            KeyCode.NUMPAD4, KeyCode.NUMPAD5, KeyCode.NUMPAD6);
    /** The codes of an AZERTY top row, 1 to 6 ('é' has no code of its own: its character is read). */
    private static final List<KeyCode> AZERTY = List.of(KeyCode.AMPERSAND, KeyCode.UNDEFINED, KeyCode.QUOTEDBL,
            KeyCode.QUOTE, KeyCode.LEFT_PARENTHESIS, KeyCode.MINUS);
    private static final List<String> CARACTERES_AZERTY = List.of("&", "é", "\"", "'", "(", "-");

    private RaccourcisSeance() {
    }

    /** The outcome Ctrl+1…5 chooses, on any layout. */
    static Optional<IssueDecision> issue(KeyEvent touche) {
        if (!commande(touche) || touche.isAltDown()) {
            return Optional.empty();
        }
        int rang = CHIFFRES.indexOf(touche.getCode());
        if (rang < 0) {
            rang = PAVE.indexOf(touche.getCode());
        }
        if (rang < 0 && touche.getCode() != KeyCode.UNDEFINED) {
            rang = AZERTY.indexOf(touche.getCode());
        }
        if (rang < 0) {
            rang = CARACTERES_AZERTY.indexOf(touche.getText());
        }
        IssueDecision[] issues = IssueDecision.values();
        return rang < 0 || rang >= issues.length ? Optional.empty() : Optional.of(issues[rang]);
    }

    /** Ctrl+Entrée. */
    static boolean enregistrer(KeyEvent touche) {
        return commande(touche) && touche.getCode() == KeyCode.ENTER;
    }

    /** Ctrl+W or Cmd+W: close the meeting window (as its close button does). */
    static boolean fermer(KeyEvent touche) {
        return commande(touche) && !touche.isAltDown() && !touche.isShiftDown() && touche.getCode() == KeyCode.W;
    }

    /** +1 for Page↓, -1 for Page↑; 0 otherwise, or in a text area (it scrolls with them). */
    static int deplacement(KeyEvent touche, boolean dansUneZoneDeTexte) {
        if (dansUneZoneDeTexte || touche.isControlDown() || touche.isAltDown() || touche.isMetaDown()) {
            return 0;
        }
        return touche.getCode() == KeyCode.PAGE_DOWN ? 1 : touche.getCode() == KeyCode.PAGE_UP ? -1 : 0;
    }

    /** Ctrl (Cmd on a Mac), read without the JavaFX toolkit so that it is tested without a window. */
    private static boolean commande(KeyEvent touche) {
        return touche.isControlDown() || touche.isMetaDown();
    }
}
