package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.sauvegarde.ReglagesSauvegarde;
import fr.cellulepdp.app.sauvegarde.SauvegardeAutomatique;
import fr.cellulepdp.app.ui.Champs;
import fr.cellulepdp.app.ui.Dialogues;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The automatic backup: folder (« Choisir… »), interval in minutes (0: only when the window closes), how many to
 * keep, and the password that protects them (typed twice; left empty, the saved one is kept). « Sauvegarder
 * maintenant » makes one at once.
 */
final class EditeurSauvegarde extends VBox {

    private final java.nio.file.Path dossierDonnees;
    private final fr.cellulepdp.model.notification.Coffre coffre;
    private final ExecuteurTaches executeur;
    private final SauvegardeAutomatique sauvegarde;
    private final TextField dossier = Champs.texte("sauvegarde-dossier", 30);
    private final TextField intervalle = Champs.texte("sauvegarde-intervalle", 5);
    private final TextField conserver = Champs.texte("sauvegarde-conserver", 4);
    private final PasswordField motDePasse = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final Label etat = new Label();

    /**
     * @param dossierDonnees where the settings are written
     * @param coffre         the computer's key, which protects the backups' password in them
     */
    EditeurSauvegarde(java.nio.file.Path dossierDonnees, fr.cellulepdp.model.notification.Coffre coffre,
                      ExecuteurTaches executeur, Dialogues dialogues, SauvegardeAutomatique sauvegarde) {
        super(6);
        this.dossierDonnees = dossierDonnees;
        this.coffre = coffre;
        this.executeur = executeur;
        this.sauvegarde = sauvegarde;
        motDePasse.setId("sauvegarde-mot-de-passe");
        confirmation.setId("sauvegarde-confirmation");
        motDePasse.setPromptText("inchangé si vide");
        etat.setId("etat-sauvegarde");
        etat.setWrapText(true);
        Button choisir = new Button("Choisir…");
        choisir.setOnAction(e -> dialogues.choisirDossier("Dossier des sauvegardes automatiques")
                .ifPresent(d -> dossier.setText(d.toString())));
        GridPane grille = new GridPane();
        grille.setHgap(10);
        grille.setVgap(6);
        grille.addRow(0, new Label("Dossier"), new HBox(6, dossier, choisir));
        grille.addRow(1, new Label("Toutes les (minutes, 0 = à la fermeture seulement)"), intervalle);
        grille.addRow(2, new Label("Nombre de sauvegardes gardées"), conserver);
        grille.addRow(3, new Label("Mot de passe des sauvegardes"), motDePasse);
        grille.addRow(4, new Label("Confirmation"), confirmation);
        Button enregistrer = new Button("Enregistrer la sauvegarde automatique");
        enregistrer.setId("enregistrer-sauvegarde");
        enregistrer.setOnAction(e -> enregistrer());
        Button maintenant = new Button("Sauvegarder maintenant");
        maintenant.setId("sauvegarder-maintenant");
        maintenant.setOnAction(e -> sauvegarderMaintenant());
        HBox actions = new HBox(10, enregistrer, maintenant);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(Champs.sousTitre("Sauvegarde automatique"), grille, actions, etat);
    }

    void actualiser() {
        ReglagesSauvegarde r = sauvegarde.reglages();
        dossier.setText(r.dossier() == null ? "" : r.dossier().toString());
        intervalle.setText(Integer.toString(r.intervalleMinutes()));
        conserver.setText(Integer.toString(r.conserver()));
        etat.setText(r.active() ? "Dernière sauvegarde : " + fr.cellulepdp.app.ui.Horaires.ou("aucune encore", r.derniere())
                : "Sauvegarde automatique non réglée : choisissez un dossier et un mot de passe.");
    }

    private void enregistrer() {
        try {
            ReglagesSauvegarde actuels = sauvegarde.reglages();
            ReglagesSauvegarde nouveaux = ReglagesSauvegarde.saisis(dossier.getText(), intervalle.getText(),
                    conserver.getText(), motDePasse.getText().toCharArray(), confirmation.getText().toCharArray(),
                    actuels, coffre);
            nouveaux.ecrire(dossierDonnees);
            motDePasse.clear();
            confirmation.clear();
            actualiser();
            etat.setText("Réglages enregistrés. " + etat.getText());
        } catch (RuntimeException e) {
            etat.setText(MessagesErreur.refus("Réglages refusés", e));
        }
    }

    private void sauvegarderMaintenant() {
        etat.setText("Sauvegarde en cours…");
        executeur.executer(sauvegarde::sauvegarderMaintenant, fichier -> etat.setText(fichier
                .map(f -> "Sauvegarde écrite : " + f)
                .orElse("Sauvegarde automatique non réglée : choisissez un dossier et un mot de passe.")),
                e -> etat.setText(MessagesErreur.refus("Sauvegarde impossible", e)));
    }
}
