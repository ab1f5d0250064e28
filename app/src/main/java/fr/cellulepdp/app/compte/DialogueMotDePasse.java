package fr.cellulepdp.app.compte;

import fr.cellulepdp.app.ui.BoutonsDialogue;
import fr.cellulepdp.app.ui.Formulaires;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Any member's own new password (Fichier › Changer mon mot de passe…): the current one, then the new one twice.
 * The new password also opens the encrypted database from then on. Refusals show in place, each problem named.
 */
public final class DialogueMotDePasse extends Dialog<Boolean> {

    private final PasswordField actuel = new PasswordField();
    private final PasswordField nouveau = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final Label problemes = new Label();

    public DialogueMotDePasse(ModeleMotDePasse modele) {
        setTitle("Cellule PDP");
        setHeaderText("Changer le mot de passe de « " + modele.identifiant() + " »");
        actuel.textProperty().bindBidirectional(modele.actuel);
        nouveau.textProperty().bindBidirectional(modele.nouveau);
        confirmation.textProperty().bindBidirectional(modele.confirmation);
        problemes.textProperty().bind(modele.problemesProperty());
        // a refusal's text may be longer than the dialog
        problemes.textProperty().addListener((o, a, b) -> {
            if (getDialogPane().getScene() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        actuel.setId("mot-de-passe-actuel");
        nouveau.setId("mot-de-passe-nouveau");
        confirmation.setId("mot-de-passe-confirmation");
        problemes.setId("mot-de-passe-problemes");
        problemes.getStyleClass().add("problemes-formulaire");
        problemes.setWrapText(true);
        problemes.setMinHeight(Region.USE_PREF_SIZE);
        GridPane grille = new GridPane();
        grille.setHgap(10);
        grille.setVgap(8);
        grille.addRow(0, Formulaires.libelle("Mot de passe actuel", actuel), actuel);
        grille.addRow(1, Formulaires.libelle("Nouveau mot de passe", nouveau), nouveau);
        grille.addRow(2, Formulaires.libelle("Confirmation", confirmation), confirmation);
        Label aide = new Label("Au moins 12 caractères de trois sortes (minuscules, majuscules, chiffres, autres), "
                + "sans l'identifiant. Le nouveau mot de passe ouvre aussi la base chiffrée.");
        aide.setWrapText(true);
        aide.setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().setContent(new VBox(10, grille, aide, problemes));
        getDialogPane().setPrefWidth(500);
        BoutonsDialogue.poser(this, "Changer le mot de passe", "mot-de-passe-valider", "Annuler", () ->
                modele.changer(() -> {
                    setResult(true);
                    close();
                }));
        setResultConverter(b -> false);
    }
}
