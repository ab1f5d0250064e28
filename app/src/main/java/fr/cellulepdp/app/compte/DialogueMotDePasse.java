package fr.cellulepdp.app.compte;

import fr.cellulepdp.app.shell.BoutonsDialogue;
import fr.cellulepdp.app.wiring.MessagesErreur;
import fr.cellulepdp.app.wiring.Services;
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

    public DialogueMotDePasse(Services services) {
        setTitle("Cellule PDP");
        setHeaderText("Changer le mot de passe de « " + services.utilisateur().identifiant() + " »");
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
        grille.addRow(0, new Label("Mot de passe actuel"), actuel);
        grille.addRow(1, new Label("Nouveau mot de passe"), nouveau);
        grille.addRow(2, new Label("Confirmation"), confirmation);
        Label aide = new Label("Au moins 12 caractères de trois sortes (minuscules, majuscules, chiffres, autres), "
                + "sans l'identifiant. Le nouveau mot de passe ouvre aussi la base chiffrée.");
        aide.setWrapText(true);
        aide.setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().setContent(new VBox(10, grille, aide, problemes));
        getDialogPane().setPrefWidth(500);
        BoutonsDialogue.poser(this, "Changer le mot de passe", "mot-de-passe-valider", "Annuler", () -> {
            try {
                services.gererComptes().changerLeMien(services.utilisateur(), actuel.getText().toCharArray(),
                        nouveau.getText().toCharArray(), confirmation.getText().toCharArray());
                setResult(true);
                close();
            } catch (RuntimeException refus) {
                problemes.setText(MessagesErreur.refus("Mot de passe inchangé", refus));
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        setResultConverter(b -> false);
    }
}
