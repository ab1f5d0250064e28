package fr.cellulepdp.app.demande;

import fr.cellulepdp.app.ui.BoutonsDialogue;
import fr.cellulepdp.model.situation.Situation;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/**
 * The medical opinion of one file: written by the medical référents, read by them (and by the coordinatrice when
 * the cell allows it, without changing it). The text is read through the use case, which refuses anyone else.
 */
final class DialogueAvisMedical extends Dialog<Situation> {

    private final TextArea avis = new TextArea();
    private final Label etat = new Label();

    DialogueAvisMedical(ModeleAvisMedical modele) {
        setTitle("Avis médical — " + modele.situation().numeroDossier());
        boolean ecrit = modele.ecrit();
        setHeaderText(ecrit ? "Avis du service médical sur ce dossier (lu par les référents médicaux"
                + " et, si la cellule le permet, par la coordinatrice)" : "Avis du service médical (lecture seule)");
        avis.setId("avis-medical");
        avis.setWrapText(true);
        avis.setPrefSize(620, 220);
        avis.setEditable(ecrit);
        avis.setAccessibleText("Avis médical");
        avis.textProperty().bindBidirectional(modele.avis);
        etat.setId("etat-avis-medical");
        etat.setWrapText(true);
        etat.textProperty().bind(modele.etatProperty());
        getDialogPane().setContent(new VBox(8, avis, etat));
        if (ecrit) {
            BoutonsDialogue.poser(this, "Enregistrer", "enregistrer-avis-medical", "Fermer", () ->
                    modele.enregistrer(enregistree -> {
                        setResult(enregistree);
                        close();
                    }));
        } else {
            getDialogPane().getButtonTypes().setAll(new ButtonType("Fermer", ButtonBar.ButtonData.CANCEL_CLOSE));
        }
        setResultConverter(b -> null);
        modele.lire();
    }
}
