package fr.cellulepdp.app.compte;

import fr.cellulepdp.app.ui.BoutonsDialogue;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Dialog;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * At start: the login, or — on a database without any account — the creation of the coordinatrice's account. Also
 * unlocks a session locked after inactivity (the login is then fixed). The view lays out and binds
 * {@link ModeleConnexion}, which holds the typed values, runs the check on the executor given (the window's background
 * one at start, with a progress indicator; the factories without executor check at once, as the unlocking does) and
 * says why a try was refused, shown in place.
 */
public final class DialogueConnexion extends Dialog<Utilisateur> {

    /** What the dialog is for. */
    public enum Mode { PREMIER_COMPTE, CONNEXION, DEVERROUILLAGE }

    private final TextField identifiant = new TextField();
    private final PasswordField motDePasse = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final Label problemes = new Label();

    /** The creation of the coordinatrice's account, on a database without any (tied to the cell's coordinatrice, see {@code GererComptes.creerPremierPourLaCoordinatrice}). */
    public static DialogueConnexion premierCompte(ModeleConnexion.Verification creation) {
        return premierCompte(creation, ExecuteurTaches.synchrone());
    }

    /** The creation of the first account, checked (and the file protected) on {@code executeur}. */
    public static DialogueConnexion premierCompte(ModeleConnexion.Verification creation, ExecuteurTaches executeur) {
        return new DialogueConnexion(Mode.PREMIER_COMPTE, new ModeleConnexion(executeur, creation, "Compte refusé"));
    }

    /** Unlocking the session of {@code identifiant}, the password checked by {@code verification}. */
    public static DialogueConnexion deverrouillage(String identifiant, ModeleConnexion.Verification verification) {
        DialogueConnexion dialogue = new DialogueConnexion(Mode.DEVERROUILLAGE, new ModeleConnexion(
                ExecuteurTaches.synchrone(), verification, "Connexion refusée").fixerIdentifiant(identifiant));
        // it appears while the user may be typing elsewhere: those keys are not for it
        GardeFrappe garde = new GardeFrappe();
        dialogue.setOnShowing(e -> {
            garde.ouvrir(java.time.Instant.now());
            dialogue.getDialogPane().getScene().getWindow().addEventFilter(javafx.scene.input.KeyEvent.ANY, touche -> {
                if (!garde.accepte(java.time.Instant.now())) {
                    touche.consume();
                }
            });
        });
        return dialogue;
    }

    /** The login at start; {@code verification} may open the database with the password. */
    public static DialogueConnexion connexion(ModeleConnexion.Verification verification) {
        return connexion(verification, ExecuteurTaches.synchrone());
    }

    /** The login at start, the database opened on {@code executeur} while the dialog shows progress. */
    public static DialogueConnexion connexion(ModeleConnexion.Verification verification, ExecuteurTaches executeur) {
        return new DialogueConnexion(Mode.CONNEXION, new ModeleConnexion(executeur, verification, "Connexion refusée"));
    }

    private DialogueConnexion(Mode mode, ModeleConnexion modele) {
        setTitle("Cellule PDP");
        setHeaderText(switch (mode) {
            case PREMIER_COMPTE -> "Premier démarrage : créez le compte de la coordinatrice";
            case CONNEXION -> "Connexion";
            case DEVERROUILLAGE -> "Session verrouillée après inactivité";
        });
        identifiant.setId("connexion-identifiant");
        motDePasse.setId("connexion-mot-de-passe");
        confirmation.setId("connexion-confirmation");
        problemes.setId("connexion-problemes");
        problemes.getStyleClass().add("problemes-formulaire");
        problemes.setWrapText(true);
        // the refusal may take two lines: the label grows instead of ending in "…"
        problemes.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        identifiant.textProperty().bindBidirectional(modele.identifiantProperty());
        motDePasse.textProperty().bindBidirectional(modele.motDePasseProperty());
        confirmation.textProperty().bindBidirectional(modele.confirmationProperty());
        identifiant.editableProperty().bind(modele.identifiantModifiableProperty());
        GridPane grille = new GridPane();
        grille.setHgap(10);
        grille.setVgap(8);
        grille.addRow(0, etiquette("_Identifiant", identifiant), identifiant);
        grille.addRow(1, etiquette("_Mot de passe", motDePasse), motDePasse);
        if (mode == Mode.PREMIER_COMPTE) {
            grille.addRow(2, etiquette("_Confirmation", confirmation), confirmation);
            identifiant.setPromptText("prenom.nom");
        }
        Label aide = new Label(switch (mode) {
            case PREMIER_COMPTE -> "Au moins 12 caractères de trois sortes (minuscules, majuscules, chiffres, "
                    + "autres). Ensuite, la mise en place de la cellule vous guide (la cellule, votre fiche, les "
                    + "membres, l'annuaire) ; les comptes des membres se créent dans Paramètres › Comptes. La base est "
                    + "chiffrée : sans le mot de passe d'un compte, elle ne peut pas être lue.";
            case CONNEXION -> "La base est chiffrée : elle ne s'ouvre qu'avec le mot de passe d'un compte. Mot de "
                    + "passe oublié : la coordinatrice vous en donne un nouveau (Paramètres › Comptes).";
            case DEVERROUILLAGE -> "";
        });
        aide.setWrapText(true);
        aide.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ProgressIndicator progression = new ProgressIndicator();
        progression.setPrefSize(18, 18);
        Label attente = new Label(mode == Mode.PREMIER_COMPTE ? "Création du compte…"
                : "Ouverture de la base chiffrée…", progression);
        attente.setId("connexion-attente");
        attente.visibleProperty().bind(modele.enCoursProperty());
        attente.managedProperty().bind(attente.visibleProperty());
        grille.disableProperty().bind(modele.enCoursProperty());
        getDialogPane().setContent(new VBox(10, grille, aide, attente, problemes));
        getDialogPane().setPrefWidth(480);
        BoutonsDialogue.poser(this, mode == Mode.PREMIER_COMPTE ? "Créer le compte" : "Se connecter", "connexion-valider",
                "Quitter", modele::valider);
        getDialogPane().getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .findFirst().ifPresent(b -> getDialogPane().lookupButton(b).disableProperty()
                        .bind(modele.validable().not()));
        modele.problemeProperty().addListener((o, avant, probleme) -> {
            problemes.setText(probleme);
            if (!probleme.isEmpty()) {
                motDePasse.requestFocus();
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        modele.connecteProperty().addListener((o, avant, utilisateur) -> {
            setResult(utilisateur);
            close();
        });
        setResultConverter(b -> null);
    }

    /** A field's label, its mnemonic (Alt+letter) moving the cursor to the field, and read with it by screen readers. */
    private static Label etiquette(String texte, javafx.scene.Node champ) {
        Label etiquette = new Label(texte);
        etiquette.setMnemonicParsing(true);
        etiquette.setLabelFor(champ);
        return etiquette;
    }
}
