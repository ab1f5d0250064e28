package fr.cellulepdp.app.demande;

import static fr.cellulepdp.app.ui.Tableaux.colonne;

import fr.cellulepdp.app.decision.DialogueDecisionUrgente;
import fr.cellulepdp.app.ui.Champs;
import fr.cellulepdp.app.ui.Dialogues;
import fr.cellulepdp.app.ui.Tableaux;
import fr.cellulepdp.app.situation.FormulaireSituation;
import fr.cellulepdp.model.decision.HistoriquePersonne;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One person's file: lays out and binds {@link ModeleDossier}. The history of every request of the person, and the
 * commands on the file opened; a command the role may never use is hidden, one the selected request does not allow
 * now is disabled.
 */
public final class DialogueDossier extends Dialog<Void> {

    private final ModeleDossier modele;
    private final Dialogues dialogues;
    private final TableView<HistoriquePersonne.Ligne> table;

    public DialogueDossier(ModeleDossier modele, Dialogues dialogues) {
        this.modele = modele;
        this.dialogues = dialogues;
        titleProperty().bind(modele.situationProperty().map(s -> "Dossier " + s.numeroDossier()));
        headerTextProperty().bind(modele.enteteProperty());
        table = new TableView<>(modele.lignes());
        table.setId("table-historique");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Aucune demande pour cette personne."));
        table.getColumns().setAll(List.of(
                Tableaux.auMoins(colonne("Dossier", 110, HistoriquePersonne.Ligne::numeroDossier), "PDP-0000-0000"),
                Tableaux.auMoins(colonne("Demandée le", 100, l -> l.demande().dateDemande()), "00/00/0000"),
                Tableaux.colonneAvecRetour("Mesure", 250, l -> Tableaux.majuscule(l.demande().libelleMesure())),
                colonne("Durée", 60, l -> l.demande().duree()),
                Tableaux.auMoins(colonne("Statut", 150, l -> l.demande().statut()), "Inscrite à l'ordre du jour"),
                Tableaux.colonneAvecRetour("Décisions", 200, l -> ModeleDossier.decisions(l.decisions())),
                Tableaux.colonneAvecRetour("Courriers", 260, modele::courriers)));
        table.setPrefSize(980, 420);
        table.setAccessibleText("Demandes de la personne");
        table.getSelectionModel().selectedItemProperty().addListener((o, avant, ligne) ->
                modele.selectionProperty().set(ligne));
        modele.selectionProperty().addListener((o, avant, ligne) -> {
            if (ligne != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(ligne);
            }
        });

        Button nouvelle = bouton("_Nouvelle demande…", "nouvelle-demande");
        nouvelle.getStyleClass().add("bouton-principal");
        nouvelle.disableProperty().bind(modele.nouvellePossibleProperty().not());
        nouvelle.setOnAction(e -> ouvrirFormulaire(null));
        Button modifier = bouton("_Modifier…", "modifier-demande");
        modifier.setOnAction(e -> ouvrirFormulaire(modele.selectionProperty().get()));
        Button retirer = bouton("_Retirer la demande", "retirer-demande");
        retirer.setOnAction(e -> retirer());
        Button urgente = bouton("Décision _urgente…", "decision-urgente");
        urgente.setOnAction(e -> modele.deciderEnUrgence(urgence -> new DialogueDecisionUrgente(urgence)
                .showAndWait().ifPresent(d -> modele.charger())));
        List.of(modifier, retirer, urgente).forEach(b -> b.disableProperty()
                .bind(modele.demandeModifiableProperty().not()));
        Button fiche = bouton("Modifier le _dossier…", "modifier-dossier");
        fiche.setOnAction(e -> modele.modifierDossier(formulaire -> new FormulaireSituation<>(formulaire, dialogues)
                .showAndWait().ifPresent(modele::afficher)));
        Button avisMedical = bouton("_Avis médical…", "avis-medical-dossier");
        avisMedical.setOnAction(e -> new DialogueAvisMedical(modele.avisMedical()).showAndWait()
                .ifPresent(modele::afficher));
        Button acces = bouton("Droit d’_accès (PDF)…", "exporter-droit-acces");
        acces.setOnAction(e -> dialogues.choisirFichierEnregistrement("Droit d’accès : données de la personne",
                "droit-acces-" + modele.situation().numeroDossier() + ".pdf", "Documents PDF", "pdf")
                .ifPresent(modele::exporterDroitAcces));
        Champs.montrerSi(modele.ecrit(), nouvelle, modifier, retirer, fiche);
        Champs.montrerSi(modele.urgencePossible(), urgente);
        Champs.montrerSi(modele.coordinatrice(), acces);
        Champs.montrerSi(modele.avisMedicalVisible(), avisMedical);

        Label message = new Label();
        message.setId("message-dossier");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(modele.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        modele.enErreurProperty().addListener((o, avant, erreur) -> {
            message.getStyleClass().remove("problemes-formulaire");
            if (erreur) {
                message.getStyleClass().add("problemes-formulaire");
            }
        });
        Region espace = new Region();
        HBox.setHgrow(espace, Priority.ALWAYS);
        getDialogPane().setContent(new VBox(10, new HBox(10, nouvelle, modifier, retirer, urgente, espace, avisMedical,
                fiche, acces), table, message));
        getDialogPane().getStylesheets().add(
                DialogueDossier.class.getResource("/fr/cellulepdp/app/ui/cellule-pdp.css").toExternalForm());
        getDialogPane().getButtonTypes().setAll(new ButtonType("Fermer", ButtonBar.ButtonData.CANCEL_CLOSE));
        // the history takes the focus: the arrows choose a request at once
        setOnShown(e -> javafx.application.Platform.runLater(table::requestFocus));
        modele.charger();
    }

    private static Button bouton(String texte, String id) {
        Button bouton = new Button(texte);
        bouton.setId(id);
        return bouton;
    }

    private void ouvrirFormulaire(HistoriquePersonne.Ligne ligne) {
        new FormulaireDemande(modele.demande(ligne), ligne == null).showAndWait().ifPresent(d -> modele.charger());
    }

    private void retirer() {
        HistoriquePersonne.Ligne ligne = modele.selectionProperty().get();
        if (ligne != null && dialogues.confirmer("Retirer la demande", "Retirer la demande de "
                + ligne.demande().libelleMesure() + " ? Elle restera dans l’historique, marquée « Retirée ».")) {
            modele.retirer();
        }
    }
}
