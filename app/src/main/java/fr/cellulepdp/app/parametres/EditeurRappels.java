package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.ui.Champs;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Lays out and binds {@link ModeleRappels}: the daily reminder of follow-ups to each member responsible. */
final class EditeurRappels extends VBox {

    EditeurRappels(ModeleRappels modele) {
        super(6);
        CheckBox actifs = new CheckBox("Envoyer chaque jour à chaque membre le rappel de ses suivis");
        actifs.setId("rappels-actifs");
        actifs.selectedProperty().bindBidirectional(modele.actifsProperty());
        Spinner<Integer> jours = new Spinner<>(0, 90, 7);
        jours.setId("rappels-jours");
        jours.setEditable(true);
        jours.setPrefWidth(80);
        jours.getValueFactory().valueProperty().bindBidirectional(modele.joursAvantProperty());
        Spinner<Integer> heure = new Spinner<>(0, 23, 8);
        heure.setId("rappels-heure");
        heure.setPrefWidth(70);
        heure.getValueFactory().valueProperty().bindBidirectional(modele.heureProperty());
        Button enregistrer = new Button("Enregistrer le réglage");
        enregistrer.setId("enregistrer-rappels");
        enregistrer.setOnAction(e -> modele.enregistrer());
        Label etat = new Label();
        etat.setId("etat-rappels");
        etat.setWrapText(true);
        etat.textProperty().bind(modele.messageProperty());
        // the sentence on its own line, its numbers below: nothing cut at 1366 pixels wide
        HBox ligne = new HBox(8, new Label("Suivis à échéance sous"), jours, new Label("jour(s), en retard compris ; "
                + "envoi à partir de"), heure, new Label("h"), enregistrer);
        ligne.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ligne.getChildren().forEach(n -> {
            if (n instanceof javafx.scene.layout.Region r) {
                r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        Label aide = new Label("Le rappel ne cite que les numéros de dossier et les échéances ; il part au plus une "
                + "fois par jour et par membre, quand l’application est ouverte ou par « reminders send ».");
        aide.setWrapText(true);
        getChildren().setAll(Champs.sousTitre("Rappels des suivis"), actifs, ligne, aide, etat);
        modele.charger();
    }
}
