package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.model.decision.MotifType;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The cell's standard phrases for decision reasons: added and removed here, inserted from the decision panel. Lays
 * out and binds {@link ModeleMotifsTypes}.
 */
final class EditeurMotifsTypes extends VBox {

    private final ModeleMotifsTypes modele;

    EditeurMotifsTypes(ModeleMotifsTypes modele) {
        super(6);
        this.modele = modele;
        ListView<MotifType> liste = new ListView<>(modele.phrases());
        liste.setId("liste-phrases-types");
        liste.setPrefHeight(150);
        liste.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(MotifType motif, boolean vide) {
                super.updateItem(motif, vide);
                setText(vide || motif == null ? null : motif.texte());
            }
        });
        liste.getSelectionModel().selectedItemProperty().addListener((o, a, n) -> modele.choisie.set(n));
        TextField nouvelle = Champs.texte("nouvelle-phrase-type", 50);
        nouvelle.setPromptText("Nouvelle phrase type");
        nouvelle.setAccessibleText("Nouvelle phrase type");
        nouvelle.textProperty().bindBidirectional(modele.nouvelle);
        HBox.setHgrow(nouvelle, Priority.ALWAYS);
        Button ajouter = new Button("Ajouter");
        ajouter.setId("ajouter-phrase-type");
        ajouter.setOnAction(e -> modele.ajouter());
        nouvelle.setOnAction(e -> modele.ajouter());
        Button supprimer = new Button("Supprimer la phrase choisie");
        supprimer.setId("supprimer-phrase-type");
        supprimer.disableProperty().bind(modele.supprimableProperty().not());
        supprimer.setOnAction(e -> modele.supprimer());
        getChildren().setAll(Champs.sousTitre("Phrases types des motifs de décision"), liste,
                new HBox(8, nouvelle, ajouter, supprimer));
    }

    void actualiser() {
        modele.actualiser();
    }
}
