package fr.cellulepdp.app.ui;

import fr.cellulepdp.model.importation.ApercuImport;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;

/** The questions and messages the window shows (a scripted version stands in for them in tests). */
public interface Dialogues {

    boolean confirmer(String titre, String question);

    void erreur(String titre, String message);

    void information(String titre, String message);

    /**
     * A message with a button of what to do next beside « Fermer » (« Ouvrir le dossier » after the documents are
     * written); true when the user chose it.
     */
    boolean informerAvecAction(String titre, String message, String action);

    /** Asks for a short text (a reason); empty when the user cancels. */
    Optional<String> demanderTexte(String titre, String question);

    /** Asks for a password (masked); empty when the user cancels. */
    Optional<char[]> demanderMotDePasse(String titre, String question);

    /** Shows the import preview; true when the user confirms the import. */
    boolean confirmerImport(ApercuImport apercu);

    /** Asks for the file to import; empty when the user cancels. */
    Optional<Path> choisirFichierImport();

    /** Asks where to save a file ({@code extension} like "csv"); empty when the user cancels. */
    Optional<Path> choisirFichierEnregistrement(String titre, String nomPropose, String description, String extension);

    /**
     * Asks for a file to open ({@code extension} like "sauvegarde", or several separated by commas: "png,jpg"); empty
     * when the user cancels.
     */
    Optional<Path> choisirFichierOuverture(String titre, String description, String extension);

    /** Asks for a folder; empty when the user cancels. */
    Optional<Path> choisirDossier(String titre);

    /** Asks for one or more files to open; empty when the user cancels. */
    default java.util.List<Path> choisirFichiersOuverture(String titre, String description, String extension) {
        FileChooser choix = new FileChooser();
        choix.setTitle(titre);
        choix.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(description, "*." + extension),
                new FileChooser.ExtensionFilter("Tous les fichiers", "*"));
        java.util.List<java.io.File> fichiers = choix.showOpenMultipleDialog(null);
        return fichiers == null ? java.util.List.of() : fichiers.stream().map(java.io.File::toPath).toList();
    }

    /**
     * Standard JavaFX alerts, in French; the import's preview is the import feature's own dialog, given by the shell
     * (this toolkit knows no feature).
     */
    static Dialogues alertes(java.util.function.Predicate<ApercuImport> confirmationImport) {
        return new Dialogues() {
            @Override
            public boolean confirmer(String titre, String question) {
                Alert alerte = alerte(Alert.AlertType.CONFIRMATION, titre, question);
                ButtonType confirmer = new ButtonType("Confirmer", ButtonType.OK.getButtonData());
                ButtonType annuler = new ButtonType("Annuler", ButtonType.CANCEL.getButtonData());
                alerte.getButtonTypes().setAll(confirmer, annuler);
                // what is confirmed cannot be undone (closing a meeting, dropping a decision typed): Entrée cancels
                ((javafx.scene.control.Button) alerte.getDialogPane().lookupButton(confirmer)).setDefaultButton(false);
                ((javafx.scene.control.Button) alerte.getDialogPane().lookupButton(annuler)).setDefaultButton(true);
                Optional<ButtonType> reponse = alerte.showAndWait();
                return reponse.isPresent() && reponse.get().getButtonData() == ButtonType.OK.getButtonData();
            }

            @Override
            public void erreur(String titre, String message) {
                alerte(Alert.AlertType.ERROR, titre, message).showAndWait();
            }

            @Override
            public void information(String titre, String message) {
                alerte(Alert.AlertType.INFORMATION, titre, message).showAndWait();
            }

            @Override
            public boolean informerAvecAction(String titre, String message, String action) {
                Alert alerte = alerte(Alert.AlertType.INFORMATION, titre, message);
                ButtonType faire = new ButtonType(action, ButtonType.OK.getButtonData());
                alerte.getButtonTypes().setAll(faire, new ButtonType("Fermer", ButtonType.CANCEL.getButtonData()));
                Optional<ButtonType> reponse = alerte.showAndWait();
                return reponse.isPresent() && reponse.get() == faire;
            }

            @Override
            public Optional<String> demanderTexte(String titre, String question) {
                javafx.scene.control.TextInputDialog saisie = new javafx.scene.control.TextInputDialog();
                saisie.setTitle(titre);
                saisie.setHeaderText(question);
                saisie.getEditor().setPrefColumnCount(40);
                return saisie.showAndWait();
            }

            @Override
            public Optional<char[]> demanderMotDePasse(String titre, String question) {
                javafx.scene.control.Dialog<char[]> saisie = new javafx.scene.control.Dialog<>();
                saisie.setTitle(titre);
                saisie.setHeaderText(question);
                javafx.scene.control.PasswordField champ = new javafx.scene.control.PasswordField();
                champ.setId("champ-mot-de-passe");
                saisie.getDialogPane().setContent(champ);
                saisie.getDialogPane().getButtonTypes().setAll(new ButtonType("Valider", ButtonType.OK.getButtonData()),
                        new ButtonType("Annuler", ButtonType.CANCEL.getButtonData()));
                saisie.setResultConverter(b -> b.getButtonData() == ButtonType.OK.getButtonData()
                        ? champ.getText().toCharArray() : null);
                javafx.application.Platform.runLater(champ::requestFocus);
                return saisie.showAndWait();
            }

            @Override
            public boolean confirmerImport(ApercuImport apercu) {
                return confirmationImport.test(apercu);
            }

            @Override
            public Optional<Path> choisirFichierImport() {
                FileChooser choix = new FileChooser();
                choix.setTitle("Liste mensuelle des arrêts de 60 jours et plus");
                choix.getExtensionFilters().add(new FileChooser.ExtensionFilter("Fichiers CSV", "*.csv", "*.txt"));
                return Optional.ofNullable(choix.showOpenDialog(null)).map(java.io.File::toPath);
            }

            @Override
            public Optional<Path> choisirFichierEnregistrement(String titre, String nomPropose, String description,
                                                               String extension) {
                FileChooser choix = new FileChooser();
                choix.setTitle(titre);
                choix.setInitialFileName(nomPropose);
                choix.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
                return Optional.ofNullable(choix.showSaveDialog(null)).map(java.io.File::toPath);
            }

            @Override
            public Optional<Path> choisirFichierOuverture(String titre, String description, String extension) {
                FileChooser choix = new FileChooser();
                choix.setTitle(titre);
                choix.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(description,
                                java.util.Arrays.stream(extension.split(",")).map(e -> "*." + e).toList()),
                        new FileChooser.ExtensionFilter("Tous les fichiers", "*"));
                return Optional.ofNullable(choix.showOpenDialog(null)).map(java.io.File::toPath);
            }

            @Override
            public Optional<Path> choisirDossier(String titre) {
                javafx.stage.DirectoryChooser choix = new javafx.stage.DirectoryChooser();
                choix.setTitle(titre);
                return Optional.ofNullable(choix.showDialog(null)).map(java.io.File::toPath);
            }

            private Alert alerte(Alert.AlertType type, String titre, String texte) {
                Alert alerte = new Alert(type);
                alerte.setTitle(titre);
                alerte.setHeaderText(titre);
                Label contenu = new Label(texte);
                contenu.setWrapText(true);
                alerte.getDialogPane().setContent(contenu);
                return alerte;
            }
        };
    }
}
