package fr.cellulepdp.app.parametres;

import static fr.cellulepdp.app.ui.Tableaux.colonne;

import fr.cellulepdp.app.ui.Champs;
import fr.cellulepdp.app.ui.ConvertisseurTexte;
import fr.cellulepdp.app.ui.Formulaires;
import fr.cellulepdp.app.ui.Tableaux;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.compte.Compte;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Paramètres › Comptes (coordinatrice only): who may open the application and with which role; the active members
 * without an account, one of whom is chosen to create theirs (login proposed, role theirs, first password); an
 * account disabled or enabled again; a new password given to an account (the column "Ouvre la base" names those
 * whose password no longer opens the encrypted file). Lays out and binds {@link ModeleComptes}.
 */
final class EditeurComptes extends VBox {

    private final TableView<Compte> table = new TableView<>();

    EditeurComptes(ModeleComptes modele) {
        super(6);
        table.setId("table-comptes");
        table.setItems(modele.comptes());
        table.getColumns().setAll(List.of(colonne("Identifiant", 180, Compte::identifiant),
                colonne("Rôle", 180, Compte::role),
                colonne("Actif", 80, Compte::actif),
                colonne("Échecs de suite", 130, Compte::echecs),
                colonne("Ouvre la base", 220, modele::ouvreLaBase)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(160);

        Label resume = new Label();
        resume.setId("resume-sans-compte");
        resume.setWrapText(true);
        resume.textProperty().bind(modele.resumeSansCompteProperty());
        ListView<Membre> sansCompte = new ListView<>(modele.membresSansCompte());
        sansCompte.setId("membres-sans-compte");
        sansCompte.setPrefHeight(96);
        sansCompte.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Membre membre, boolean vide) {
                super.updateItem(membre, vide);
                setText(vide || membre == null ? null : membre.nomComplet() + " — " + membre.role().libelle()
                        + (membre.organisation().isEmpty() ? "" : ", " + membre.organisation()));
            }
        });
        sansCompte.getSelectionModel().selectedItemProperty().addListener((o, avant, choisi) -> {
            if (choisi != null) {
                modele.membreProperty().set(choisi);
            }
        });

        TextField identifiant = Champs.texte("compte-identifiant", 16);
        identifiant.textProperty().bindBidirectional(modele.identifiantProperty());
        ComboBox<Membre> membre = new ComboBox<>(modele.membresSansCompte());
        membre.setId("compte-membre");
        membre.setConverter(new ConvertisseurTexte<>(Membre::nomComplet));
        membre.setPromptText("membre sans compte");
        membre.valueProperty().bindBidirectional(modele.membreProperty());
        Formulaires.garderInvite(membre);
        ComboBox<Role> role = new ComboBox<>();
        role.setId("compte-role");
        role.getItems().setAll(Role.values());
        role.setConverter(new ConvertisseurTexte<>(Tableaux::texte));
        role.valueProperty().bindBidirectional(modele.roleProperty());
        role.disableProperty().bind(modele.roleLibreProperty().not());
        PasswordField motDePasse = new PasswordField();
        motDePasse.setId("compte-mot-de-passe");
        motDePasse.textProperty().bindBidirectional(modele.motDePasseProperty());
        PasswordField confirmation = new PasswordField();
        confirmation.setId("compte-confirmation");
        confirmation.textProperty().bindBidirectional(modele.confirmationProperty());
        GridPane grille = new GridPane();
        grille.setHgap(10);
        grille.setVgap(6);
        grille.addRow(0, Formulaires.libelle("Membre"), membre, Formulaires.libelle("Rôle (celui du membre)"), role);
        grille.addRow(1, Formulaires.libelle("Identifiant"), identifiant);
        grille.addRow(2, Formulaires.libelle("Mot de passe"), motDePasse, Formulaires.libelle("Confirmation"),
                confirmation);
        Button creer = new Button("Créer le compte");
        creer.setId("creer-compte");
        creer.setOnAction(e -> modele.creer());
        Button basculer = new Button("Désactiver / réactiver");
        basculer.setId("basculer-compte");
        basculer.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        basculer.setOnAction(e -> modele.basculer(table.getSelectionModel().getSelectedItem()));
        Button nouveauMotDePasse = new Button("Donner ce mot de passe au compte choisi");
        nouveauMotDePasse.setId("nouveau-mot-de-passe");
        nouveauMotDePasse.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        nouveauMotDePasse.setOnAction(e -> modele.nouveauMotDePasse(table.getSelectionModel().getSelectedItem()));
        HBox actions = new HBox(10, creer, basculer, nouveauMotDePasse);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label etat = new Label();
        etat.setId("etat-comptes");
        etat.setWrapText(true);
        etat.textProperty().bind(modele.messageProperty());
        getChildren().setAll(Champs.sousTitre("Comptes"), table, Champs.sousTitre("Membres actifs sans compte"),
                resume, sansCompte, Champs.sousTitre("Nouveau compte"), grille, actions, etat);
    }
}
