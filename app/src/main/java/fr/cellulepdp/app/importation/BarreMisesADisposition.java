package fr.cellulepdp.app.importation;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** Lays out and binds {@link ModeleMisesADisposition} on the Situations page, under the filters. */
public final class BarreMisesADisposition extends HBox {

    public BarreMisesADisposition(ModeleMisesADisposition modele) {
        super(10);
        Label etat = new Label();
        etat.setId("etat-mises-a-disposition");
        etat.textProperty().bind(modele.etatProperty());
        Button produire = new Button("Produire les courriers de mise à disposition");
        produire.setId("produire-mises-a-disposition");
        produire.disableProperty().bind(modele.aProduireProperty().not());
        produire.setOnAction(e -> modele.produire());
        Button imprimer = new Button("Courriers à poster (PDF)");
        imprimer.setId("imprimer-mises-a-disposition");
        imprimer.disableProperty().bind(modele.aPosterProperty().not());
        imprimer.setOnAction(e -> modele.imprimer());
        Button postes = new Button("Marquer postés");
        postes.setId("poster-mises-a-disposition");
        postes.disableProperty().bind(modele.aPosterProperty().not());
        postes.setOnAction(e -> modele.marquerPostes());
        Label message = new Label();
        message.setId("message-mises-a-disposition");
        message.textProperty().bind(modele.messageProperty());
        // the buttons keep their whole text; the state and the message wrap in what is left (1366 px, 150 %)
        for (Button bouton : java.util.List.of(produire, imprimer, postes)) {
            bouton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        for (Label texte : java.util.List.of(etat, message)) {
            texte.setWrapText(true);
            texte.setMinWidth(0);
            HBox.setHgrow(texte, javafx.scene.layout.Priority.SOMETIMES);
        }
        setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(etat);
        if (modele.commandesOffertes()) {
            getChildren().addAll(produire, imprimer, postes, message);
        }
    }
}
