package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.app.shell.ConvertisseurTexte;
import fr.cellulepdp.app.shell.Tableaux;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.document.Gabarits;
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
 * The appeal route and the data-protection notice are added by the application whatever the wording. Lays out and
 * binds {@link ModeleModelesCourrier}.
 */
final class EditeurModelesCourrier extends VBox {

    private final ModeleModelesCourrier modele;

    EditeurModelesCourrier(ModeleModelesCourrier modele) {
        super(6);
        this.modele = modele;
        ComboBox<IssueDecision> issue = new ComboBox<>();
        issue.setId("modele-issue");
        issue.getItems().setAll(IssueDecision.decisions());
        issue.setConverter(new ConvertisseurTexte<>(Tableaux::texte));
        issue.valueProperty().bindBidirectional(modele.issue);
        TextArea texte = new TextArea();
        texte.setId("modele-texte");
        texte.setPrefRowCount(4);
        texte.setWrapText(true);
        texte.setAccessibleText("Texte du modèle de courrier");
        texte.textProperty().bindBidirectional(modele.texte);
        Label etat = new Label();
        etat.setId("etat-modele");
        etat.setWrapText(true);
        etat.textProperty().bind(modele.etatProperty());
        Button enregistrer = new Button("Enregistrer le modèle");
        enregistrer.setId("enregistrer-modele");
        enregistrer.setOnAction(e -> modele.enregistrer());
        Label champs = new Label("Champs : " + Gabarits.PLACEHOLDERS.keySet().stream().sorted()
                .map(c -> "{{" + c + "}}").collect(Collectors.joining(" ")));
        champs.setWrapText(true);
        champs.getStyleClass().add("aide");
        Label libelle = new Label("Issue");
        libelle.setLabelFor(issue);
        HBox ligne = new HBox(12, libelle, issue, enregistrer, etat);
        ligne.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(Champs.sousTitre("Modèles des courriers de notification"), ligne, texte, champs);
    }

    void actualiser() {
        modele.actualiser();
    }
}
