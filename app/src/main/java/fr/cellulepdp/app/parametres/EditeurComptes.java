package fr.cellulepdp.app.parametres;

import static fr.cellulepdp.app.shell.Tableaux.colonne;

import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.app.shell.ConvertisseurTexte;
import fr.cellulepdp.app.shell.Tableaux;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.MessagesErreur;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.compte.Compte;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The accounts (coordinatrice only): who may open the application and with which role; a new account with its
 * member, role and first password; an account disabled or enabled again; a new password given to an account (the
 * column "Ouvre la base" names those whose password no longer opens the encrypted file).
 */
final class EditeurComptes extends VBox {

    private final Services services;
    private final ExecuteurTaches executeur;
    private final TableView<Compte> table = new TableView<>();
    private final TextField identifiant = Champs.texte("compte-identifiant", 16);
    private final ComboBox<Membre> membre = new ComboBox<>();
    private final ComboBox<Role> role = new ComboBox<>();
    private final PasswordField motDePasse = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final Label etat = new Label();
    /** The accounts whose password no longer opens the encrypted file, as last read. */
    private java.util.Set<String> sansAcces = java.util.Set.of();

    EditeurComptes(Services services, ExecuteurTaches executeur) {
        super(6);
        this.services = services;
        this.executeur = executeur;
        table.setId("table-comptes");
        table.getColumns().setAll(List.of(colonne("Identifiant", 180, Compte::identifiant),
                colonne("Rôle", 180, Compte::role),
                colonne("Actif", 80, Compte::actif),
                colonne("Échecs de suite", 130, Compte::echecs),
                colonne("Ouvre la base", 220, c -> !c.actif() ? "non (désactivé)"
                        : sansAcces.contains(c.identifiant()) ? "non : donnez un nouveau mot de passe" : "oui")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(160);
        membre.setId("compte-membre");
        membre.setConverter(new ConvertisseurTexte<>(Membre::nomComplet));
        membre.setPromptText("membre (facultatif)");
        role.setId("compte-role");
        role.getItems().setAll(Role.values());
        role.setConverter(new ConvertisseurTexte<>(Tableaux::texte));
        membre.valueProperty().addListener((o, a, m) -> {
            if (m != null) {
                role.setValue(m.role());
            }
        });
        motDePasse.setId("compte-mot-de-passe");
        confirmation.setId("compte-confirmation");
        etat.setId("etat-comptes");
        etat.setWrapText(true);
        GridPane grille = new GridPane();
        grille.setHgap(10);
        grille.setVgap(6);
        grille.addRow(0, new Label("Identifiant"), identifiant, new Label("Membre"), membre, new Label("Rôle"), role);
        grille.addRow(1, new Label("Mot de passe"), motDePasse, new Label("Confirmation"), confirmation);
        Button creer = new Button("Créer le compte");
        creer.setId("creer-compte");
        creer.setOnAction(e -> creer());
        Button basculer = new Button("Désactiver / réactiver");
        basculer.setId("basculer-compte");
        basculer.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        basculer.setOnAction(e -> basculer(table.getSelectionModel().getSelectedItem()));
        Button nouveauMotDePasse = new Button("Donner ce mot de passe au compte choisi");
        nouveauMotDePasse.setId("nouveau-mot-de-passe");
        nouveauMotDePasse.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        nouveauMotDePasse.setOnAction(e -> nouveauMotDePasse(table.getSelectionModel().getSelectedItem()));
        HBox actions = new HBox(10, creer, basculer, nouveauMotDePasse);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(Champs.sousTitre("Comptes"), table, grille, actions, etat);
    }

    void actualiser() {
        executeur.executer(() -> new Lecture(services.gererComptes().lister(services.utilisateur()),
                services.stockage().membres().findAll().stream().filter(Membre::actif).toList(),
                services.gererComptes().sansAccesALaBase(services.utilisateur())), lecture -> {
                    sansAcces = lecture.sansAcces();
                    table.getItems().setAll(lecture.comptes());
                    membre.getItems().setAll(lecture.membres());
                }, e -> etat.setText(MessagesErreur.pourUtilisateur(e)));
    }

    private record Lecture(List<Compte> comptes, List<Membre> membres, java.util.Set<String> sansAcces) {
    }

    private void creer() {
        executeur.executer(() -> services.gererComptes().creer(services.utilisateur(), identifiant.getText(),
                membre.getValue() == null ? null : membre.getValue().id(), role.getValue(),
                motDePasse.getText().toCharArray(), confirmation.getText().toCharArray()), compte -> {
                    etat.setText("Compte « " + compte.identifiant() + " » créé (" + compte.role().libelle() + ").");
                    identifiant.clear();
                    motDePasse.clear();
                    confirmation.clear();
                    actualiser();
                }, e -> etat.setText(MessagesErreur.refus("Compte refusé", e)));
    }

    /** The password typed in the form, for the account chosen in the table (a forgotten or re-enabled one). */
    private void nouveauMotDePasse(Compte compte) {
        executeur.executer(() -> services.gererComptes().changerMotDePasse(services.utilisateur(), compte.id(),
                motDePasse.getText().toCharArray(), confirmation.getText().toCharArray()), c -> {
                    etat.setText("Nouveau mot de passe enregistré pour « " + c.identifiant() + " ».");
                    motDePasse.clear();
                    confirmation.clear();
                    actualiser();
                }, e -> etat.setText(MessagesErreur.refus("Mot de passe refusé", e)));
    }

    private void basculer(Compte compte) {
        executeur.executer(() -> services.gererComptes().activer(services.utilisateur(), compte.id(), !compte.actif()),
                c -> {
                    etat.setText("Compte « " + c.identifiant() + " » " + (c.actif() ? "réactivé : donnez-lui un "
                            + "nouveau mot de passe (champs ci-dessus), l'ancien n'ouvre plus la base." : "désactivé."));
                    actualiser();
                }, e -> etat.setText(MessagesErreur.refus("Modification refusée", e)));
    }
}
