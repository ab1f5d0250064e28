package fr.cellulepdp.app.seance;

import static fr.cellulepdp.app.shell.Formulaires.libelle;

import fr.cellulepdp.app.shell.BoutonsDialogue;
import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.app.shell.ConvertisseurTexte;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.seance.Seance;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Plans a meeting: number (the next one by default), date, time, place or video link, secretary, members convoked.
 * Lays out and binds {@link ModelePlanification}.
 */
final class DialoguePlanification extends Dialog<Seance> {

    DialoguePlanification(ModelePlanification modele) {
        setTitle("Planifier une séance");
        setHeaderText("Nouvelle séance de la cellule");
        TextField numero = Champs.texte("champ-numero-seance", 5);
        numero.setPromptText("suivant");
        numero.textProperty().bindBidirectional(modele.numero);
        DatePicker date = Champs.date("champ-date-seance");
        date.valueProperty().bindBidirectional(modele.date);
        TextField heure = Champs.texte("champ-heure-seance", 5);
        heure.textProperty().bindBidirectional(modele.heure);
        TextField lieu = Champs.texte("champ-lieu-seance", 30);
        lieu.textProperty().bindBidirectional(modele.lieu);
        TextField visio = Champs.texte("champ-visio-seance", 30);
        visio.textProperty().bindBidirectional(modele.visio);
        ComboBox<Membre> secretaire = new ComboBox<>();
        secretaire.setId("champ-secretaire");
        secretaire.getItems().setAll(modele.membres());
        secretaire.setConverter(new ConvertisseurTexte<>(Membre::nomComplet));
        secretaire.valueProperty().bindBidirectional(modele.secretaire);
        FlowPane cases = new FlowPane(12, 6);
        cases.setPrefWrapLength(640);
        for (Membre membre : modele.membres()) {
            CheckBox coche = new CheckBox(membre.nomComplet() + " (" + membre.role().libelle().toLowerCase() + ")");
            coche.selectedProperty().bindBidirectional(modele.convoque(membre));
            cases.getChildren().add(coche);
        }
        GridPane grille = new GridPane();
        grille.setHgap(12);
        grille.setVgap(8);
        grille.addRow(0, libelle("Numéro", numero), numero, libelle("Date *", date), date);
        grille.addRow(1, libelle("Heure", heure), heure, libelle("Secrétaire", secretaire), secretaire);
        grille.addRow(2, libelle("Lieu", lieu), lieu);
        grille.addRow(3, libelle("Lien de visioconférence", visio), visio);
        GridPane.setColumnSpan(lieu, 3);
        GridPane.setColumnSpan(visio, 3);
        Label problemes = new Label();
        problemes.setId("problemes-planification");
        problemes.getStyleClass().add("problemes-formulaire");
        problemes.setWrapText(true);
        problemes.textProperty().bind(modele.problemesProperty());
        getDialogPane().setContent(new VBox(10, grille, new Label("Membres convoqués"), cases, problemes));
        getDialogPane().getStylesheets().add(
                DialoguePlanification.class.getResource("/fr/cellulepdp/app/shell/cellule-pdp.css").toExternalForm());
        BoutonsDialogue.poser(this, "Planifier", "planifier-seance", "Annuler", () -> modele.planifier(seance -> {
            setResult(seance);
            close();
        }));
        setResultConverter(b -> null);
    }
}
