package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.decision.MotifType;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The cell's standard phrases for decision reasons: added and removed here, inserted from the decision panel. */
final class EditeurMotifsTypes extends VBox {

    private final Services services;
    private final ExecuteurTaches executeur;
    private final Consumer<Exception> erreur;
    private final ListView<MotifType> liste = new ListView<>();
    private final TextField nouvelle = Champs.texte("nouvelle-phrase-type", 50);

    EditeurMotifsTypes(Services services, ExecuteurTaches executeur, Consumer<Exception> erreur) {
        super(6);
        this.services = services;
        this.executeur = executeur;
        this.erreur = erreur;
        liste.setId("liste-phrases-types");
        liste.setPrefHeight(150);
        liste.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(MotifType motif, boolean vide) {
                super.updateItem(motif, vide);
                setText(vide || motif == null ? null : motif.texte());
            }
        });
        nouvelle.setPromptText("Nouvelle phrase type");
        HBox.setHgrow(nouvelle, Priority.ALWAYS);
        Button ajouter = new Button("Ajouter");
        ajouter.setId("ajouter-phrase-type");
        ajouter.setOnAction(e -> ajouter());
        nouvelle.setOnAction(e -> ajouter());
        Button supprimer = new Button("Supprimer la phrase choisie");
        supprimer.setId("supprimer-phrase-type");
        supprimer.setOnAction(e -> supprimer());
        getChildren().setAll(Champs.sousTitre("Phrases types des motifs de décision"), liste,
                new HBox(8, nouvelle, ajouter, supprimer));
    }

    void actualiser() {
        executeur.executer(() -> services.motifsTypes().lister(services.utilisateur()), liste.getItems()::setAll,
                erreur);
    }

    private void ajouter() {
        String texte = nouvelle.getText();
        executeur.executer(() -> services.motifsTypes().ajouter(services.utilisateur(), texte), m -> {
            nouvelle.clear();
            actualiser();
        }, erreur);
    }

    private void supprimer() {
        MotifType choisi = liste.getSelectionModel().getSelectedItem();
        if (choisi != null) {
            executeur.executer(() -> {
                services.motifsTypes().supprimer(services.utilisateur(), choisi.id());
                return choisi;
            }, m -> actualiser(), erreur);
        }
    }
}
