package fr.cellulepdp.app.ui;

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
        dialogue.setOnShown(e -> javafx.application.Platform.runLater(() -> premierChamp(
                dialogue.getDialogPane().getContent()).ifPresent(Node::requestFocus)));
    }

    /**
     * The first field one can type in, in the order of the layout: the cursor goes there when the dialog shows, so
     * that typing blind never lands elsewhere (a password in « Identifiant »).
     */
    public static java.util.Optional<Node> premierChamp(Node racine) {
        if (racine == null || racine.isDisabled() || !racine.isVisible()) {
            return java.util.Optional.empty();
        }
        if (racine instanceof javafx.scene.control.TextInputControl texte) {
            return texte.isEditable() ? java.util.Optional.of(racine) : java.util.Optional.empty();
        }
        if (racine instanceof javafx.scene.control.ComboBoxBase<?> || racine instanceof javafx.scene.control.ChoiceBox<?>) {
            return java.util.Optional.of(racine);
        }
        if (racine instanceof javafx.scene.control.ScrollPane defilement) {
            return premierChamp(defilement.getContent());
        }
        if (racine instanceof javafx.scene.Parent parent && !(racine instanceof javafx.scene.control.Control)) {
            java.util.List<Node> enfants = new java.util.ArrayList<>(parent.getChildrenUnmodifiable());
            if (racine instanceof javafx.scene.layout.GridPane) {
                // a grid's children are in the order they were added: its reading order is row, then column
                enfants.sort(java.util.Comparator.comparingInt((Node n) -> rang(javafx.scene.layout.GridPane.getRowIndex(n)))
                        .thenComparingInt(n -> rang(javafx.scene.layout.GridPane.getColumnIndex(n))));
            }
            for (Node enfant : enfants) {
                java.util.Optional<Node> champ = premierChamp(enfant);
                if (champ.isPresent()) {
                    return champ;
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static int rang(Integer index) {
        return index == null ? 0 : index;
    }
}
