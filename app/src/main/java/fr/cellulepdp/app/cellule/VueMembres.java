package fr.cellulepdp.app.cellule;

import static fr.cellulepdp.app.ui.Tableaux.colonne;

import fr.cellulepdp.app.ui.Dialogues;
import fr.cellulepdp.app.ui.Formulaires;
import fr.cellulepdp.app.ui.Tableaux;
import fr.cellulepdp.model.cellule.Membre;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The cell's members: the list (inactive members greyed, « désactivé »), and under it the form of the member chosen
 * or of a new one, with adding, saving, deactivating or reactivating and deleting. Lays out and binds
 * {@link ModeleMembres}.
 */
public final class VueMembres extends VBox {

    private static final PseudoClass INACTIF = PseudoClass.getPseudoClass("inactif");

    private final TableView<Membre> table = new TableView<>();

    public VueMembres(ModeleMembres modele, Dialogues dialogues) {
        super(8);
        setId("vue-membres");
        table.setId("table-membres");
        table.setItems(modele.membres());
        table.getColumns().setAll(List.of(
                Tableaux.colonneAvecRetour("Nom", 140, Membre::nomComplet),
                Tableaux.auMoins(colonne("Rôle", 130, Membre::role), "Référent administratif"),
                Tableaux.colonneAvecRetour("Fonction", 140, Membre::fonction),
                Tableaux.colonneAvecRetour("Organisation", 160, Membre::organisation),
                Tableaux.colonneAvecRetour("Courriel", 170, Membre::email),
                colonne("Suppléant(e)", 90, Membre::suppleant),
                Tableaux.auMoins(colonne("État", 80, m -> m.actif() ? "actif" : "désactivé"), "désactivé")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(190);
        table.setPlaceholder(new Label("Aucun membre : ajoutez-les avec le formulaire ci-dessous."));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Membre membre, boolean vide) {
                super.updateItem(membre, vide);
                pseudoClassStateChanged(INACTIF, !vide && membre != null && !membre.actif());
            }
        });
        // choosing a row fills the form; a reading of the list keeps the member being changed chosen
        table.getSelectionModel().selectedItemProperty().addListener((o, avant, choisi) -> {
            if (choisi != null && !choisi.equals(modele.enEditionProperty().get())) {
                modele.editer(choisi);
            }
        });
        modele.membres().addListener((ListChangeListener<Membre>) c -> choisirEnEdition(modele));

        Label composition = new Label();
        composition.setId("composition-membres");
        composition.setWrapText(true);
        composition.textProperty().bind(modele.compositionProperty());

        Label titreFiche = new Label();
        titreFiche.getStyleClass().add("libelle-champ");
        titreFiche.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                modele.enEditionProperty().get() == null ? "Nouveau membre"
                        : "Fiche de " + modele.enEditionProperty().get().nomComplet(), modele.enEditionProperty()));
        VueFicheMembre fiche = new VueFicheMembre(modele.fiche(), modele.organisations(), true);

        Button nouveau = new Button("Nouveau membre");
        nouveau.setId("nouveau-membre");
        nouveau.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            modele.nouveau();
        });
        Button enregistrer = new Button("Enregistrer le membre");
        enregistrer.setId("enregistrer-membre");
        enregistrer.getStyleClass().add("bouton-principal");
        enregistrer.setOnAction(e -> modele.enregistrer());
        Button basculer = new Button("Désactiver");
        basculer.setId("basculer-membre");
        Button supprimer = new Button("Supprimer…");
        supprimer.setId("supprimer-membre");
        modele.enEditionProperty().addListener((o, avant, membre) -> {
            basculer.setText(membre != null && !membre.actif() ? "Réactiver" : "Désactiver");
            basculer.setDisable(membre == null);
            supprimer.setDisable(membre == null);
        });
        basculer.setDisable(true);
        supprimer.setDisable(true);
        basculer.setOnAction(e -> modele.basculerActif(modele.enEditionProperty().get()));
        supprimer.setOnAction(e -> {
            Membre membre = modele.enEditionProperty().get();
            if (dialogues.confirmer("Supprimer un membre", "Supprimer la fiche de " + membre.nomComplet()
                    + " ? Seul un membre saisi par erreur, qui n'a pris part à rien, peut être supprimé ; sinon, "
                    + "désactivez-le.")) {
                modele.supprimer(membre);
            }
        });
        HBox actions = new HBox(10, enregistrer, nouveau, basculer, supprimer);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(table, composition, titreFiche, fiche, actions,
                Formulaires.message("etat-membres", modele.fiche()));
    }

    private void choisirEnEdition(ModeleMembres modele) {
        Membre enEdition = modele.enEditionProperty().get();
        if (enEdition == null) {
            return;
        }
        table.getItems().stream().filter(m -> m.id().equals(enEdition.id())).findFirst()
                .ifPresent(m -> table.getSelectionModel().select(m));
    }
}
