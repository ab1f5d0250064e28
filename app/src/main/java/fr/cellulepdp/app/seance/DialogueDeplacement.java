package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.ui.BoutonsDialogue;
import fr.cellulepdp.app.ui.Champs;
import fr.cellulepdp.app.ui.Formulaires;
import fr.cellulepdp.model.seance.Seance;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** « Déplacer la séance… »: lays out and binds {@link ModeleDeplacement}; its result is the meeting moved. */
final class DialogueDeplacement extends Dialog<Seance> {

    DialogueDeplacement(ModeleDeplacement modele) {
        setTitle("Déplacer la séance");
        setHeaderText("Séance n° " + modele.seance().numero() + " : nouvelle date, heure ou lieu");
        DatePicker date = Champs.date("champ-date-deplacement");
        date.valueProperty().bindBidirectional(modele.date);
        TextField heure = Champs.texte("champ-heure-deplacement", 5);
        heure.textProperty().bindBidirectional(modele.heure);
        TextField lieu = Champs.texte("champ-lieu-deplacement", 30);
        lieu.textProperty().bindBidirectional(modele.lieu);
        TextField visio = Champs.texte("champ-visio-deplacement", 30);
        visio.textProperty().bindBidirectional(modele.lienVisio);
        GridPane grille = new GridPane();
        grille.setHgap(12);
        grille.setVgap(8);
        grille.addRow(0, Formulaires.libelle("Date *", date), date, Formulaires.libelle("Heure", heure), heure);
        grille.addRow(1, Formulaires.libelle("Lieu", lieu), lieu);
        grille.addRow(2, Formulaires.libelle("Lien de visioconférence", visio), visio);
        GridPane.setColumnSpan(lieu, 3);
        GridPane.setColumnSpan(visio, 3);
        Label problemes = new Label();
        problemes.setId("problemes-deplacement");
        problemes.getStyleClass().add("problemes-formulaire");
        problemes.setWrapText(true);
        problemes.textProperty().bind(modele.problemesProperty());
        // the refusal is read whole: its lines take the room they need, and the dialog grows to show them
        problemes.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problemes.setMaxWidth(640);
        problemes.textProperty().addListener((o, avant, apres) -> javafx.application.Platform.runLater(() -> {
            if (getDialogPane().getScene() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        getDialogPane().setContent(new VBox(10, grille, new Label("Les membres déjà convoqués seront prévenus en "
                + "les convoquant de nouveau (mise à jour de leur agenda)."), problemes));
        getDialogPane().getStylesheets().add(
                DialogueDeplacement.class.getResource("/fr/cellulepdp/app/ui/cellule-pdp.css").toExternalForm());
        BoutonsDialogue.poser(this, "Déplacer", "deplacer-seance", "Annuler", () -> modele.enregistrer(seance -> {
            setResult(seance);
            close();
        }));
        setResultConverter(b -> null);
    }
}
