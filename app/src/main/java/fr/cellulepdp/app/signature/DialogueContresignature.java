package fr.cellulepdp.app.signature;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** « Signer le procès-verbal… »: the secretary's certificate and its password, and where the signing stands. */
public final class DialogueContresignature extends Stage {

    public DialogueContresignature(Window parent, ModeleContresignature modele) {
        initOwner(parent);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Signer le procès-verbal");
        Label etat = new Label();
        etat.setId("etat-contresignature");
        etat.setWrapText(true);
        etat.setMaxWidth(460);
        etat.textProperty().bind(modele.etatProperty());
        Label fichier = new Label("aucun");
        fichier.textProperty().bind(modele.certificatProperty().asString());
        Button choisir = new Button("Choisir…");
        choisir.setOnAction(e -> {
            FileChooser choix = new FileChooser();
            choix.setTitle("Votre certificat de signature");
            choix.getExtensionFilters().add(new FileChooser.ExtensionFilter("Certificat PKCS#12", "*.p12", "*.pfx"));
            java.io.File choisi = choix.showOpenDialog(this);
            if (choisi != null) {
                modele.certificatProperty().set(choisi.toPath());
            }
        });
        PasswordField motDePasse = new PasswordField();
        motDePasse.textProperty().bindBidirectional(modele.motDePasseProperty());
        Button signer = new Button("Signer");
        signer.setId("signer-proces-verbal");
        signer.setDefaultButton(true);
        signer.disableProperty().bind(modele.possibleProperty().not().or(modele.enCoursProperty()));
        signer.setOnAction(e -> modele.signer());
        Button fermer = new Button("Fermer");
        fermer.setCancelButton(true);
        fermer.setOnAction(e -> close());
        GridPane grille = new GridPane();
        grille.setHgap(8);
        grille.setVgap(10);
        grille.setPadding(new Insets(16));
        grille.add(etat, 0, 0, 3, 1);
        grille.addRow(1, new Label("Certificat :"), fichier, choisir);
        grille.addRow(2, new Label("Mot de passe :"), motDePasse);
        grille.addRow(3, signer, fermer);
        setScene(new Scene(grille));
        modele.actualiser();
    }
}
