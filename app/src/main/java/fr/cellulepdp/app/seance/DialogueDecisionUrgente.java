package fr.cellulepdp.app.seance;

import static fr.cellulepdp.app.shell.Formulaires.libelle;

import fr.cellulepdp.app.shell.BoutonsDialogue;
import fr.cellulepdp.app.shell.ConvertisseurTexte;
import fr.cellulepdp.app.shell.Tableaux;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.demande.Demande;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * An urgent request decided now by the coordinatrice and a medical référent, outside a meeting. The same checks
 * as in a meeting, shown as the user types; the next meeting will ratify it. Lays out and binds
 * {@link ModeleDecisionUrgente}.
 */
public final class DialogueDecisionUrgente extends Dialog<Decision> {

    public DialogueDecisionUrgente(ModeleDecisionUrgente modele) {
        Demande demande = modele.demande();
        setTitle("Décision urgente");
        setHeaderText("Décision urgente hors séance : " + demande.libelleMesure()
                + "\nPrise par la coordinatrice avec un référent médical ; la prochaine séance la ratifiera.");
        ComboBox<Membre> medecin = new ComboBox<>();
        medecin.setId("urgence-referent-medical");
        medecin.getItems().setAll(modele.medecins());
        medecin.setConverter(new ConvertisseurTexte<>(Membre::nomComplet));
        medecin.valueProperty().bindBidirectional(modele.medecin);
        ComboBox<IssueDecision> issue = new ComboBox<>();
        issue.setId("urgence-issue");
        issue.getItems().setAll(IssueDecision.values());
        issue.setConverter(new ConvertisseurTexte<>(Tableaux::texte));
        issue.valueProperty().bindBidirectional(modele.issue);
        ChampsDecision champs = new ChampsDecision("urgence-", modele.fiche);
        GridPane grille = new GridPane();
        grille.setHgap(10);
        grille.setVgap(6);
        int ligne = 0;
        grille.addRow(ligne++, libelle("Référent médical *", medecin), medecin);
        grille.addRow(ligne++, libelle("Issue *", issue), issue);
        grille.addRow(ligne++, libelle("Avis médical", champs.avis), champs.avis);
        grille.addRow(ligne++, libelle("Motifs", champs.motifs), champs.motifs);
        grille.addRow(ligne++, libelle("Conditions", champs.conditions), champs.conditions);
        grille.addRow(ligne++, libelle("Début accordé", champs.debut), champs.debut);
        grille.addRow(ligne++, libelle("Fin accordée", champs.fin), champs.fin);
        grille.addRow(ligne++, libelle("Montant (€)", champs.montant), champs.montant);
        grille.addRow(ligne++, libelle("Éléments manquants", champs.elements), champs.elements);
        grille.addRow(ligne++, libelle("Date limite", champs.dateLimite), champs.dateLimite);
        grille.addRow(ligne, libelle("Dérogation", champs.derogation), champs.derogation);
        Label problemes = new Label();
        problemes.setId("urgence-problemes");
        problemes.getStyleClass().add("problemes-formulaire");
        problemes.setWrapText(true);
        problemes.textProperty().bind(modele.problemesProperty());
        getDialogPane().setContent(new VBox(10, grille, problemes));
        getDialogPane().setPrefWidth(720);
        getDialogPane().getStylesheets().add(DialogueDecisionUrgente.class
                .getResource("/fr/cellulepdp/app/shell/cellule-pdp.css").toExternalForm());
        BoutonsDialogue.poser(this, "Décider", "decider-en-urgence", "Annuler", () -> modele.decider(decision -> {
            setResult(decision);
            close();
        }));
        setResultConverter(b -> null);
    }
}
