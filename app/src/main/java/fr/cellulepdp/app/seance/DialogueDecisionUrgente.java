package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.shell.BoutonsDialogue;
import fr.cellulepdp.app.shell.ConvertisseurTexte;
import fr.cellulepdp.app.shell.Tableaux;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.MessagesErreur;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.SaisieDecision;
import fr.cellulepdp.model.demande.Demande;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * An urgent request decided now by the coordinatrice and a medical référent, outside a meeting. The same checks
 * as in a meeting, shown as the user types; the next meeting will ratify it.
 */
public final class DialogueDecisionUrgente extends Dialog<Decision> {

    private final Services services;
    private final ExecuteurTaches executeur;
    private final Demande demande;
    private final ComboBox<Membre> medecin = new ComboBox<>();
    private final ComboBox<IssueDecision> issue = new ComboBox<>();
    private final FicheDecision fiche = new FicheDecision();
    private final ChampsDecision champs = new ChampsDecision("urgence-", fiche);
    private final Label problemes = new Label();

    public DialogueDecisionUrgente(Services services, ExecuteurTaches executeur, Demande demande,
                                   List<Membre> membres) {
        this.services = services;
        this.executeur = executeur;
        this.demande = demande;
        setTitle("Décision urgente");
        setHeaderText("Décision urgente hors séance : " + demande.libelleMesure()
                + "\nPrise par la coordinatrice avec un référent médical ; la prochaine séance la ratifiera.");
        medecin.setId("urgence-referent-medical");
        medecin.getItems().setAll(membres.stream().filter(m -> m.role() == Role.REFERENT_MEDICAL && m.actif())
                .toList());
        medecin.setConverter(new ConvertisseurTexte<>(Membre::nomComplet));
        issue.setId("urgence-issue");
        issue.getItems().setAll(IssueDecision.values());
        issue.setConverter(new ConvertisseurTexte<>(Tableaux::texte));
        fiche.remplir(java.util.Optional.empty(), demande);
        GridPane grille = new GridPane();
        grille.setHgap(10);
        grille.setVgap(6);
        int ligne = 0;
        grille.addRow(ligne++, new Label("Référent médical *"), medecin);
        grille.addRow(ligne++, new Label("Issue *"), issue);
        grille.addRow(ligne++, new Label("Avis médical"), champs.avis);
        grille.addRow(ligne++, new Label("Motifs"), champs.motifs);
        grille.addRow(ligne++, new Label("Conditions"), champs.conditions);
        grille.addRow(ligne++, new Label("Début accordé"), champs.debut);
        grille.addRow(ligne++, new Label("Fin accordée"), champs.fin);
        grille.addRow(ligne++, new Label("Montant (€)"), champs.montant);
        grille.addRow(ligne++, new Label("Éléments manquants"), champs.elements);
        grille.addRow(ligne++, new Label("Date limite"), champs.dateLimite);
        grille.addRow(ligne, new Label("Dérogation"), champs.derogation);
        problemes.setId("urgence-problemes");
        problemes.getStyleClass().add("problemes-formulaire");
        problemes.setWrapText(true);
        getDialogPane().setContent(new VBox(10, grille, problemes));
        getDialogPane().setPrefWidth(720);
        getDialogPane().getStylesheets().add(DialogueDecisionUrgente.class
                .getResource("/fr/cellulepdp/app/shell/cellule-pdp.css").toExternalForm());
        BoutonsDialogue.poser(this, "Décider", "decider-en-urgence", "Annuler", () -> {
            decider();
        });
        setResultConverter(b -> null);
        issue.valueProperty().addListener(o -> verifier());
        fiche.aSurveiller().forEach(p -> p.addListener(o -> verifier()));
    }

    private SaisieDecision saisie() {
        try {
            return fiche.saisie(demande, issue.getValue(), List.of());
        } catch (NumberFormatException e) {
            problemes.setText(FicheDecision.MONTANT_ILLISIBLE);
            return null;
        }
    }

    private void verifier() {
        SaisieDecision saisie = saisie();
        if (saisie != null && saisie.issue() != null) {
            executeur.executer(() -> services.controleDecision().verifier(services.utilisateur(), saisie),
                    liste -> problemes.setText(MessagesErreur.puces(liste)), e -> problemes.setText(MessagesErreur.pourUtilisateur(e)));
        }
    }

    private void decider() {
        SaisieDecision saisie = saisie();
        if (saisie == null) {
            return;
        }
        Membre choisi = medecin.getValue();
        executeur.executer(() -> services.deciderEnUrgence().decider(services.utilisateur(),
                choisi == null ? null : choisi.id(), saisie), decision -> {
                    setResult(decision);
                    close();
                }, e -> problemes.setText(MessagesErreur.refus("Décision refusée", e)));
    }
}
