package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.shell.BoutonsDialogue;
import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.app.shell.ConvertisseurTexte;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.MessagesErreur;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.seance.PlanSeance;
import fr.cellulepdp.model.seance.Seance;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Plans a meeting: number (the next one by default), date, time, place or video link, secretary, members convoked. */
final class DialoguePlanification extends Dialog<Seance> {

    private final TextField numero = Champs.texte("champ-numero-seance", 5);
    private final DatePicker date = Champs.date("champ-date-seance");
    private final TextField heure = Champs.texte("champ-heure-seance", 5);
    private final TextField lieu = Champs.texte("champ-lieu-seance", 30);
    private final TextField visio = Champs.texte("champ-visio-seance", 30);
    private final ComboBox<Membre> secretaire = new ComboBox<>();
    private final Map<Membre, CheckBox> convoques = new LinkedHashMap<>();
    private final Label problemes = new Label();

    DialoguePlanification(Services services, ExecuteurTaches executeur, List<Membre> membres) {
        setTitle("Planifier une séance");
        setHeaderText("Nouvelle séance de la cellule");
        numero.setPromptText("suivant");
        heure.setText("14:00");
        secretaire.setId("champ-secretaire");
        secretaire.getItems().setAll(membres);
        secretaire.setConverter(new ConvertisseurTexte<>(Membre::nomComplet));
        FlowPane cases = new FlowPane(12, 6);
        cases.setPrefWrapLength(640);
        for (Membre membre : membres) {
            CheckBox coche = new CheckBox(membre.nomComplet() + " (" + membre.role().libelle().toLowerCase() + ")");
            coche.setSelected(true);
            convoques.put(membre, coche);
            cases.getChildren().add(coche);
        }
        GridPane grille = new GridPane();
        grille.setHgap(12);
        grille.setVgap(8);
        grille.addRow(0, new Label("Numéro"), numero, new Label("Date *"), date);
        grille.addRow(1, new Label("Heure"), heure, new Label("Secrétaire"), secretaire);
        grille.addRow(2, new Label("Lieu"), lieu);
        grille.addRow(3, new Label("Lien de visioconférence"), visio);
        GridPane.setColumnSpan(lieu, 3);
        GridPane.setColumnSpan(visio, 3);
        problemes.setId("problemes-planification");
        problemes.getStyleClass().add("problemes-formulaire");
        problemes.setWrapText(true);
        getDialogPane().setContent(new VBox(10, grille, new Label("Membres convoqués"), cases, problemes));
        getDialogPane().getStylesheets().add(
                DialoguePlanification.class.getResource("/fr/cellulepdp/app/shell/cellule-pdp.css").toExternalForm());
        BoutonsDialogue.poser(this, "Planifier", "planifier-seance", "Annuler", () -> {
            planifier(services, executeur);
        });
        setResultConverter(b -> null);
    }

    private void planifier(Services services, ExecuteurTaches executeur) {
        PlanSeance plan;
        try {
            plan = new PlanSeance(numero.getText().isBlank() ? null : Integer.valueOf(numero.getText().strip()),
                    date.getValue(), heure.getText().isBlank() ? null : LocalTime.parse(heure.getText().strip()),
                    lieu.getText(), visio.getText(), secretaire.getValue() == null ? null : secretaire.getValue().id(),
                    convoques.entrySet().stream().filter(e -> e.getValue().isSelected()).map(e -> e.getKey().id())
                            .toList());
        } catch (NumberFormatException | DateTimeParseException e) {
            problemes.setText("Planification refusée :\n• numéro ou heure illisible (heure attendue : 14:00).");
            return;
        }
        executeur.executer(() -> services.preparerSeance().planifier(services.utilisateur(), plan), seance -> {
            setResult(seance);
            close();
        }, exception -> problemes.setText(MessagesErreur.refus("Planification refusée", exception)));
    }
}
