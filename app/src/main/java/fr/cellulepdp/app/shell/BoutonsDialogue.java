package fr.cellulepdp.app.shell;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/**
 * The buttons of the application's forms: one that validates and one that closes. Validating does not close the
 * dialog by itself: {@code action} runs (usually a use case) and closes it on success, or shows the refusal in
 * place, so that nothing typed is lost.
 */
public final class BoutonsDialogue {

    private BoutonsDialogue() {
    }

    /** @param id the validating button's id, for the tests */
    public static void poser(Dialog<?> dialogue, String valider, String id, String fermer, Runnable action) {
        ButtonType validation = new ButtonType(valider, ButtonBar.ButtonData.OK_DONE);
        dialogue.getDialogPane().getButtonTypes().setAll(validation,
                new ButtonType(fermer, ButtonBar.ButtonData.CANCEL_CLOSE));
        Node bouton = dialogue.getDialogPane().lookupButton(validation);
        bouton.setId(id);
        bouton.addEventFilter(ActionEvent.ACTION, evenement -> {
            evenement.consume();
            action.run();
        });
    }
}
