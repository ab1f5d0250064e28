package fr.cellulepdp.app.suivi;

import fr.cellulepdp.app.shell.BoutonsDialogue;
import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.app.shell.Formulaires;
import fr.cellulepdp.app.shell.Tableaux;
import fr.cellulepdp.model.suivi.Suivi;
import fr.cellulepdp.model.suivi.SuivreSuivis.LigneSuivi;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Marks one follow-up done: the date (today by default) and a note of what was done; refusals shown in place. */
final class DialogueSuiviRealise extends Dialog<Suivi> {

    private final DatePicker date = Champs.date("champ-suivi-realise-le");
    private final TextArea note = new TextArea();
    private final Label problemes = new Label();

    DialogueSuiviRealise(ModeleSuiviRealise modele) {
        LigneSuivi ligne = modele.ligne();
        setTitle("Suivi réalisé");
        setHeaderText(ligne.numeroDossier() + " — " + ligne.action());
        date.valueProperty().bindBidirectional(modele.date);
        note.textProperty().bindBidirectional(modele.note);
        note.setId("champ-suivi-note");
        note.setPrefRowCount(4);
        note.setWrapText(true);
        note.setPromptText("Ce qui a été fait, avec qui, et la suite éventuelle");
        GridPane grille = new GridPane();
        grille.setHgap(12);
        grille.setVgap(8);
        grille.addRow(0, new Label("Échéance"), new Label(Tableaux.texte(ligne.echeance())));
        grille.addRow(1, Formulaires.libelle("Réalisé le *", date), date);
        grille.addRow(2, Formulaires.libelle("Note *", note), note);
        problemes.setId("problemes-suivi");
        problemes.getStyleClass().add("problemes-formulaire");
        problemes.setWrapText(true);
        problemes.textProperty().bind(modele.problemesProperty());
        getDialogPane().setContent(new VBox(10, grille, problemes));
        getDialogPane().getStylesheets().add(
                DialogueSuiviRealise.class.getResource("/fr/cellulepdp/app/shell/cellule-pdp.css").toExternalForm());
        BoutonsDialogue.poser(this, "Enregistrer", "enregistrer-suivi", "Annuler", () -> modele.enregistrer(suivi -> {
            setResult(suivi);
            close();
        }));
        setResultConverter(b -> null);
    }
}
