package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.app.shell.ConvertisseurTexte;
import fr.cellulepdp.app.shell.Tableaux;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.MessagesErreur;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.document.Gabarits;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The wording of the letters, one per outcome, with its {{placeholders}}: an unknown one is refused on save, named.
 * The appeal route and the data-protection notice are added by the application whatever the wording.
 */
final class EditeurModelesCourrier extends VBox {

    private final Services services;
    private final ExecuteurTaches executeur;
    private final ComboBox<IssueDecision> issue = new ComboBox<>();
    private final TextArea texte = new TextArea();
    private final Label etat = new Label();
    private final Map<IssueDecision, String> modeles = new EnumMap<>(IssueDecision.class);

    EditeurModelesCourrier(Services services, ExecuteurTaches executeur) {
        super(6);
        this.services = services;
        this.executeur = executeur;
        issue.setId("modele-issue");
        issue.getItems().setAll(IssueDecision.decisions());
        issue.setConverter(new ConvertisseurTexte<>(Tableaux::texte));
        issue.valueProperty().addListener((o, a, b) -> {
            texte.setText(b == null ? "" : modeles.getOrDefault(b, ""));
            etat.setText("");
        });
        texte.setId("modele-texte");
        texte.setPrefRowCount(4);
        texte.setWrapText(true);
        etat.setId("etat-modele");
        etat.setWrapText(true);
        Button enregistrer = new Button("Enregistrer le modèle");
        enregistrer.setId("enregistrer-modele");
        enregistrer.setOnAction(e -> enregistrer());
        Label champs = new Label("Champs : " + Gabarits.PLACEHOLDERS.keySet().stream().sorted()
                .map(c -> "{{" + c + "}}").collect(Collectors.joining(" ")));
        champs.setWrapText(true);
        champs.getStyleClass().add("aide");
        HBox ligne = new HBox(12, new Label("Issue"), issue, enregistrer, etat);
        ligne.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(Champs.sousTitre("Modèles des courriers de notification"), ligne, texte, champs);
    }

    void actualiser() {
        executeur.executer(() -> services.modelesCourrier().modeles(services.utilisateur()), lus -> {
            modeles.putAll(lus);
            if (issue.getValue() == null) {
                issue.setValue(IssueDecision.ACCORD);
            } else {
                texte.setText(modeles.get(issue.getValue()));
            }
        }, e -> etat.setText(MessagesErreur.pourUtilisateur(e)));
    }

    private void enregistrer() {
        IssueDecision choisie = issue.getValue();
        String saisi = texte.getText();
        executeur.executer(() -> {
            services.modelesCourrier().enregistrer(services.utilisateur(), choisie, saisi);
            return saisi;
        }, s -> {
            modeles.put(choisie, s);
            etat.setText("Modèle enregistré.");
        }, e -> etat.setText("Modèle refusé : " + MessagesErreur.pourUtilisateur(e)));
    }
}
