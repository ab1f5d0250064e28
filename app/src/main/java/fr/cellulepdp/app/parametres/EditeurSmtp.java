package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.ui.Champs;
import fr.cellulepdp.app.ui.Formulaires;
import fr.cellulepdp.app.ui.ConvertisseurTexte;
import fr.cellulepdp.app.ui.Dialogues;
import fr.cellulepdp.app.ui.Tableaux;
import fr.cellulepdp.model.notification.RegleMotDePasse;
import fr.cellulepdp.model.notification.SecuriteSmtp;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The mail server: host, port, security, user, password (stored encrypted; left empty, the saved one is kept),
 * sender; and a test e-mail that shows the server's exact answer when it fails.
 * Lays out and binds {@link ModeleSmtp}.
 */
final class EditeurSmtp extends VBox {

    private final ModeleSmtp modele;

    EditeurSmtp(ModeleSmtp modele, Dialogues dialogues) {
        super(6);
        this.modele = modele;
        TextField hote = Champs.texte("smtp-hote", 20);
        TextField port = Champs.texte("smtp-port", 5);
        ComboBox<SecuriteSmtp> securite = new ComboBox<>();
        TextField utilisateur = Champs.texte("smtp-utilisateur", 20);
        PasswordField motDePasse = new PasswordField();
        TextField expediteur = Champs.texte("smtp-expediteur", 20);
        TextField nomExpediteur = Champs.texte("smtp-nom-expediteur", 20);
        ComboBox<RegleMotDePasse> regle = new ComboBox<>();
        Label etat = new Label();
        Label avertissement = new Label();
        hote.textProperty().bindBidirectional(modele.hote);
        port.textProperty().bindBidirectional(modele.port);
        utilisateur.textProperty().bindBidirectional(modele.utilisateur);
        motDePasse.textProperty().bindBidirectional(modele.motDePasse);
        expediteur.textProperty().bindBidirectional(modele.expediteur);
        nomExpediteur.textProperty().bindBidirectional(modele.nomExpediteur);
        securite.setId("smtp-securite");
        securite.getItems().setAll(SecuriteSmtp.values());
        securite.setConverter(new ConvertisseurTexte<>(Tableaux::texte));
        securite.valueProperty().bindBidirectional(modele.securite);
        regle.setId("smtp-regle-mot-de-passe");
        regle.getItems().setAll(RegleMotDePasse.values());
        regle.setConverter(new ConvertisseurTexte<>(Tableaux::texte));
        regle.valueProperty().bindBidirectional(modele.regle);
        avertissement.setId("smtp-avertissement-regle");
        avertissement.setWrapText(true);
        avertissement.setMaxWidth(640);
        avertissement.getStyleClass().add("avertissement");
        avertissement.textProperty().bind(modele.avertissementProperty());
        motDePasse.setId("smtp-mot-de-passe");
        motDePasse.setPromptText("inchangé si vide");
        etat.setId("etat-smtp");
        etat.setWrapText(true);
        etat.textProperty().bind(modele.etatProperty());
        GridPane grille = new GridPane();
        grille.setHgap(10);
        grille.setVgap(6);
        // labels at their whole width, each naming its field (nothing cut at 1366 pixels wide)
        grille.addRow(0, Formulaires.libelle("Serveur", hote), hote, Formulaires.libelle("Port", port), port,
                Formulaires.libelle("Sécurité", securite), securite);
        grille.addRow(1, Formulaires.libelle("Identifiant", utilisateur), utilisateur,
                Formulaires.libelle("Mot de passe", motDePasse), motDePasse);
        grille.addRow(2, Formulaires.libelle("Expéditeur", expediteur), expediteur,
                Formulaires.libelle("Nom", nomExpediteur), nomExpediteur);
        grille.addRow(3, Formulaires.libelle("Mot de passe des courriers joints", regle), regle);
        GridPane.setColumnSpan(regle, 3);
        Button enregistrer = new Button("Enregistrer le serveur");
        enregistrer.setId("enregistrer-smtp");
        enregistrer.setOnAction(e -> modele.enregistrer(choisie -> dialogues.confirmer(
                "Mot de passe des courriers joints", choisie.avertissement()
                        + "\n\nProtéger tout de même les courriers envoyés par courriel de cette façon ?")));
        Button essai = new Button("Envoyer un courriel d'essai…");
        essai.setId("essai-smtp");
        essai.setOnAction(e -> dialogues.demanderTexte("Courriel d'essai",
                "Adresse à laquelle envoyer le courriel d'essai :").ifPresent(modele::essai));
        HBox actions = new HBox(10, enregistrer, essai, etat);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(Champs.sousTitre("Envoi des courriels"), grille, avertissement, actions);
    }

    void actualiser() {
        modele.actualiser();
    }
}
