package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.ui.Champs;
import fr.cellulepdp.app.ui.Dialogues;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The retention rule: « Lister » shows the people whose files have all been inactive for longer than the cell's
 * retention period (by file number); « Anonymiser… », once confirmed, erases them and shows the report in counts.
 * Lays out and binds {@link ModeleConservation}.
 */
final class EditeurConservation extends VBox {

    EditeurConservation(ModeleConservation modele, Dialogues dialogues) {
        super(6);
        Label etat = new Label();
        etat.setId("etat-conservation");
        etat.setWrapText(true);
        etat.textProperty().bind(modele.etatProperty());
        Button lister = new Button("Lister les dossiers à anonymiser");
        lister.setId("lister-conservation");
        lister.setOnAction(e -> modele.lister());
        Button anonymiser = new Button("Anonymiser…");
        anonymiser.setId("anonymiser-conservation");
        anonymiser.disableProperty().bind(modele.anonymisableProperty().not());
        anonymiser.setOnAction(e -> {
            if (dialogues.confirmer("Anonymiser les dossiers anciens", "Les noms, NIR, coordonnées, notes, avis et "
                    + "motifs de ces personnes seront effacés définitivement. Continuer ?")) {
                modele.anonymiser();
            }
        });
        HBox actions = new HBox(10, lister, anonymiser);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label explication = new Label("Les personnes dont tous les dossiers sont inactifs depuis plus que la durée "
                + "de conservation de la cellule sont anonymisées sur confirmation ; les chiffres des bilans restent.");
        explication.setWrapText(true);
        getChildren().setAll(Champs.sousTitre("Conservation des données"), explication, actions, etat);
    }
}
