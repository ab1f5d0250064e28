package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.ui.Champs;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Lays out and binds {@link ModeleCourrierMiseADisposition}. */
final class EditeurCourrierMiseADisposition extends VBox {

    EditeurCourrierMiseADisposition(ModeleCourrierMiseADisposition modele) {
        super(6);
        TextArea texte = new TextArea();
        texte.setId("modele-mise-a-disposition");
        texte.setPrefRowCount(5);
        texte.setWrapText(true);
        texte.textProperty().bindBidirectional(modele.texteProperty());
        Button enregistrer = new Button("Enregistrer le modèle");
        enregistrer.setId("enregistrer-modele-mise-a-disposition");
        enregistrer.setOnAction(e -> modele.enregistrer());
        Label etat = new Label();
        etat.setId("etat-modele-mise-a-disposition");
        etat.setWrapText(true);
        etat.textProperty().bind(modele.messageProperty());
        Label champs = new Label(ModeleCourrierMiseADisposition.CHAMPS);
        champs.setWrapText(true);
        champs.getStyleClass().add("aide");
        HBox ligne = new HBox(12, enregistrer, etat);
        ligne.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(Champs.sousTitre("Courrier de mise à disposition (liste IJ 60 jours)"), texte, champs,
                ligne);
        modele.charger();
    }
}
