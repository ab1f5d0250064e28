package fr.cellulepdp.app.annuaire;

import static fr.cellulepdp.app.ui.Tableaux.colonne;

import fr.cellulepdp.app.ui.Formulaires;
import fr.cellulepdp.app.ui.Tableaux;
import fr.cellulepdp.app.ui.Validation;
import fr.cellulepdp.model.annuaire.GererAnnuaire;
import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.annuaire.TypeOrganisation;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The directory of organisations: the list (inactive ones greyed, « désactivé »), and the form of the one chosen or
 * of a new one. Lays out and binds {@link ModeleAnnuaire}.
 */
public final class VueAnnuaire extends VBox {

    private static final PseudoClass INACTIF = PseudoClass.getPseudoClass("inactif");

    private final TableView<Organisation> table = new TableView<>();
    private final Validation validation = new Validation();

    public VueAnnuaire(ModeleAnnuaire modele) {
        super(8);
        setId("vue-annuaire");
        table.setId("table-annuaire");
        table.setItems(modele.organisations());
        table.getColumns().setAll(List.of(
                Tableaux.colonneAvecRetour("Type", 190, Organisation::type),
                Tableaux.colonneAvecRetour("Nom", 200, Organisation::nom),
                Tableaux.colonneAvecRetour("Adresse", 200,
                        o -> String.join(" ", o.adresse().ligne1(), o.adresse().ligne2()).strip()),
                Tableaux.colonneAvecRetour("Ville", 150,
                        o -> (o.adresse().codePostal() + " " + o.adresse().ville()).strip()),
                Tableaux.colonneAvecRetour("Courriel", 180, Organisation::email),
                Tableaux.auMoins(colonne("Téléphone", 120, Organisation::telephone), "03 86 00 00 00"),
                Tableaux.auMoins(colonne("État", 80, o -> o.actif() ? "actif" : "désactivé"), "désactivé")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(190);
        table.setPlaceholder(new Label("Aucun organisme : ajoutez les services de santé au travail, Cap Emploi, "
                + "France Travail, les prescripteurs… avec le formulaire ci-dessous."));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Organisation organisation, boolean vide) {
                super.updateItem(organisation, vide);
                pseudoClassStateChanged(INACTIF, !vide && organisation != null && !organisation.actif());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, avant, choisie) -> {
            if (choisie != null && !choisie.equals(modele.enEditionProperty().get())) {
                modele.editer(choisie);
            }
        });
        modele.organisations().addListener((ListChangeListener<Organisation>) c -> {
            Organisation enEdition = modele.enEditionProperty().get();
            if (enEdition != null) {
                table.getItems().stream().filter(o -> o.id().equals(enEdition.id())).findFirst()
                        .ifPresent(o -> table.getSelectionModel().select(o));
            }
        });

        ModeleFicheOrganisation fiche = modele.fiche();
        ComboBox<TypeOrganisation> type = Formulaires.choix("organisation-type", TypeOrganisation.values(),
                fiche.typeProperty());
        type.setPromptText("choisissez le type");
        validation.lier(type, fiche.problemeProperty(GererAnnuaire.TYPE));
        GridPane grille = Formulaires.grille();
        Formulaires.ligne(grille, 0, "Type *", type, "Nom *", champ("organisation-nom", fiche.nomProperty(),
                GererAnnuaire.NOM, fiche, ""));
        Formulaires.ligne(grille, 1, "Adresse", champ("organisation-adresse1", fiche.adresse1Property(),
                GererAnnuaire.ADRESSE, fiche, "n° et voie"), "Complément d'adresse", champ("organisation-adresse2",
                fiche.adresse2Property(), null, fiche, "facultatif"));
        Formulaires.ligne(grille, 2, "Code postal", champ("organisation-code-postal", fiche.codePostalProperty(),
                GererAnnuaire.CODE_POSTAL, fiche, ""), "Ville", champ("organisation-ville", fiche.villeProperty(),
                GererAnnuaire.VILLE, fiche, ""));
        Formulaires.ligne(grille, 3, "Courriel", champ("organisation-email", fiche.emailProperty(),
                GererAnnuaire.EMAIL, fiche, ""), "Téléphone", champ("organisation-telephone",
                fiche.telephoneProperty(), GererAnnuaire.TELEPHONE, fiche, ""));

        Label titreFiche = new Label();
        titreFiche.getStyleClass().add("libelle-champ");
        titreFiche.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                modele.enEditionProperty().get() == null ? "Nouvel organisme (l'adresse postale ou le courriel au "
                        + "moins : les copies de courriers y sont envoyées)"
                        : "Fiche de « " + modele.enEditionProperty().get().nom() + " »", modele.enEditionProperty()));
        Button enregistrer = new Button("Enregistrer l'organisme");
        enregistrer.setId("enregistrer-organisation");
        enregistrer.getStyleClass().add("bouton-principal");
        enregistrer.setOnAction(e -> modele.enregistrer());
        Button nouvelle = new Button("Nouvel organisme");
        nouvelle.setId("nouvelle-organisation");
        nouvelle.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            modele.nouvelle();
        });
        Button basculer = new Button("Désactiver");
        basculer.setId("basculer-organisation");
        basculer.setDisable(true);
        modele.enEditionProperty().addListener((o, avant, organisation) -> {
            basculer.setText(organisation != null && !organisation.actif() ? "Réactiver" : "Désactiver");
            basculer.setDisable(organisation == null);
        });
        basculer.setOnAction(e -> modele.basculerActif(modele.enEditionProperty().get()));
        HBox actions = new HBox(10, enregistrer, nouvelle, basculer);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(table, titreFiche, grille, actions, Formulaires.message("etat-annuaire", fiche));
    }

    /** A text field bound to the form's property, marked with the problem of {@code nomChamp} (null: none). */
    private TextField champ(String id, javafx.beans.property.StringProperty valeur, String nomChamp,
                            ModeleFicheOrganisation fiche, String indication) {
        TextField champ = Formulaires.texte(id, 20, indication);
        champ.textProperty().bindBidirectional(valeur);
        if (nomChamp != null) {
            validation.lier(champ, fiche.problemeProperty(nomChamp));
        }
        return champ;
    }
}
