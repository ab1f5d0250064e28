package fr.cellulepdp.app.demande;

import static fr.cellulepdp.app.shell.Tableaux.colonne;

import fr.cellulepdp.app.seance.DialogueDecisionUrgente;
import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.app.shell.Dialogues;
import fr.cellulepdp.app.shell.Tableaux;
import fr.cellulepdp.app.situation.FormulaireSituation;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.MessagesErreur;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.situation.HistoriquePersonne;
import fr.cellulepdp.model.situation.LireDossier;
import fr.cellulepdp.model.situation.Situation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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
 * One person's file: every request of every situation of the person, with the decisions taken on each, and the
 * actions on the requests of the file opened (add, edit, withdraw while not decided).
 */
public final class DialogueDossier extends Dialog<Void> {

    private final Services services;
    private final ExecuteurTaches executeur;
    private final Dialogues dialogues;
    private final String personne;
    private final Button nouvelle = new Button("_Nouvelle demande…");
    private Situation situation;
    private final ObservableList<HistoriquePersonne.Ligne> lignes = FXCollections.observableArrayList();
    private final TableView<HistoriquePersonne.Ligne> table = new TableView<>(lignes);
    /** Where the letters of each decision stand, by decision. */
    private final Map<UUID, String> courriers = new HashMap<>();

    public DialogueDossier(Services services, ExecuteurTaches executeur, Dialogues dialogues, Situation situation,
                           String personne) {
        this.services = services;
        this.executeur = executeur;
        this.dialogues = dialogues;
        this.personne = personne;
        setTitle("Dossier " + situation.numeroDossier());
        afficher(situation);
        table.setId("table-historique");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Aucune demande pour cette personne."));
        table.getColumns().setAll(List.of(
                colonne("Dossier", 110, HistoriquePersonne.Ligne::numeroDossier),
                colonne("Demandée le", 100, l -> l.demande().dateDemande()),
                colonne("Mesure", 250, l -> Tableaux.majuscule(l.demande().libelleMesure())),
                colonne("Durée", 60, l -> l.demande().duree()),
                colonne("Statut", 150, l -> l.demande().statut()),
                colonne("Décisions", 200, l -> decisions(l.decisions())),
                colonne("Courriers", 260, l -> l.decisions().isEmpty() ? ""
                        : courriers.getOrDefault(l.decisions().get(l.decisions().size() - 1).id(), ""))));
        table.setPrefSize(980, 420);
        nouvelle.setId("nouvelle-demande");
        nouvelle.getStyleClass().add("bouton-principal");
        nouvelle.setOnAction(e -> ouvrirFormulaire(null));
        Button modifier = new Button("_Modifier…");
        modifier.setId("modifier-demande");
        modifier.setOnAction(e -> selectionModifiable().ifPresent(l -> ouvrirFormulaire(l)));
        Button retirer = new Button("_Retirer la demande");
        retirer.setId("retirer-demande");
        retirer.setOnAction(e -> selectionModifiable().ifPresent(this::retirer));
        Button urgente = new Button("Décision _urgente…");
        urgente.setId("decision-urgente");
        urgente.setOnAction(e -> selectionModifiable().ifPresent(this::deciderEnUrgence));
        Button fiche = new Button("Modifier le _dossier…");
        fiche.setId("modifier-dossier");
        fiche.setOnAction(e -> modifierDossier());
        Button avisMedical = new Button("_Avis médical…");
        avisMedical.setId("avis-medical-dossier");
        // shown to those who read it only: the medical référents, the coordinatrice if the cell allows it
        Champs.montrerSi(services.avisMedical().peutLire(services.utilisateur()), avisMedical);
        avisMedical.setOnAction(e -> new DialogueAvisMedical(services, executeur, situation).showAndWait()
                .ifPresent(this::afficher));
        Button acces = new Button("Droit d'accès (PDF)…");
        acces.setId("exporter-droit-acces");
        acces.setOnAction(e -> exporterDroitAcces());
        Role role = services.utilisateur().role();
        Champs.montrerSi(role.ecritDossiers(), nouvelle, modifier, retirer, fiche);
        Champs.montrerSi(role == Role.COORDINATRICE, urgente, acces);
        Region espace = new Region();
        HBox.setHgrow(espace, Priority.ALWAYS);
        getDialogPane().setContent(new VBox(10, new HBox(10, nouvelle, modifier, retirer, urgente, espace, avisMedical,
                fiche, acces), table));
        getDialogPane().getStylesheets().add(
                DialogueDossier.class.getResource("/fr/cellulepdp/app/shell/cellule-pdp.css").toExternalForm());
        getDialogPane().getButtonTypes().setAll(new ButtonType("Fermer", ButtonBar.ButtonData.CANCEL_CLOSE));
        charger();
    }

    /** Everything held about the person, as one PDF, where the coordinatrice chooses (right of access). */
    private void exporterDroitAcces() {
        dialogues.choisirFichierEnregistrement("Droit d'accès : données de la personne",
                "droit-acces-" + situation.numeroDossier() + ".pdf", "Documents PDF", "pdf").ifPresent(fichier ->
                executeur.executer(() -> {
                    fr.cellulepdp.app.document.DossierDocuments.ecrireAtomiquement(fichier, services
                            .exporterDonneesPersonne().exporter(services.utilisateur(), situation.assureId()).contenu());
                    return fichier;
                }, f -> dialogues.information("Droit d'accès", "Données de la personne écrites dans " + f + "."),
                        e -> dialogues.erreur("Droit d'accès", MessagesErreur.pourUtilisateur(e))));
    }

    /** The file as saved now: header and what may be done on a closed file. */
    private void afficher(Situation lue) {
        situation = lue;
        setHeaderText(lue.numeroDossier() + " — " + personne + " — " + lue.origine().libelle() + ", "
                + lue.risque().libelle().toLowerCase() + ", " + lue.statut().libelle().toLowerCase()
                + (lue.issue() == null ? "" : " (" + lue.issue().libelle().toLowerCase() + ")"));
        nouvelle.setDisable(!lue.estOuverte());
    }

    /** The person and situation form, filled with both as they are in the database now. */
    private void modifierDossier() {
        UUID id = situation.id();
        executeur.executer(() -> new DossierLu(services.lireDossier().lire(services.utilisateur(), id),
                services.referentsSociauxActifs()), lu -> FormulaireSituation.modification(services, executeur,
                lu.referents(), lu.dossier().assure(), lu.dossier().situation())
                .showAndWait().ifPresent(this::afficher), this::erreur);
    }

    /** An urgent request decided now, outside a meeting, by the coordinatrice and a medical référent. */
    private void deciderEnUrgence(HistoriquePersonne.Ligne ligne) {
        executeur.executer(() -> services.stockage().membres().findAll(), membres ->
                new DialogueDecisionUrgente(new fr.cellulepdp.app.seance.ModeleDecisionUrgente(
                        services.controleDecision(), services.deciderEnUrgence(), services::utilisateur, executeur,
                        ligne.demande(), membres)).showAndWait()
                        .ifPresent(d -> charger()), this::erreur);
    }

    private boolean ouvert;

    private record DossierLu(LireDossier.Dossier dossier, List<Membre> referents) {
    }

    private static String decisions(List<Decision> decisions) {
        return decisions.stream().map(d -> d.issue().libelle() + (d.estRectificatif() ? " (rectificatif)" : ""))
                .collect(Collectors.joining(", "));
    }

    /** The history, and where the letters of each decision stand, read together in the background. */
    private void charger() {
        boolean ouverture = !ouvert;
        ouvert = true;
        executeur.executer(() -> {
            // opening the file is recorded in the audit trail; re-reading it after a change is not
            List<HistoriquePersonne.Ligne> historique = ouverture
                    ? services.historiquePersonne().consulter(services.utilisateur(), situation)
                    : services.historiquePersonne().historique(services.utilisateur(), situation.assureId());
            Map<UUID, String> etats = new HashMap<>();
            historique.forEach(l -> l.decisions().forEach(d -> etats.put(d.id(),
                    services.suivreCourriers().etatDecision(services.utilisateur(), d.id()))));
            return new Lecture(historique, etats);
        }, lecture -> {
            courriers.clear();
            courriers.putAll(lecture.courriers());
            lignes.setAll(lecture.lignes());
        }, this::erreur);
    }

    private record Lecture(List<HistoriquePersonne.Ligne> lignes, Map<UUID, String> courriers) {
    }

    /** The selected request, when it belongs to this file and is still open to change. */
    private java.util.Optional<HistoriquePersonne.Ligne> selectionModifiable() {
        HistoriquePersonne.Ligne ligne = table.getSelectionModel().getSelectedItem();
        if (ligne == null) {
            dialogues.information("Aucune demande choisie", "Choisissez d'abord une demande dans la liste.");
            return java.util.Optional.empty();
        }
        StatutDemande statut = ligne.demande().statut();
        if (!ligne.demande().situationId().equals(situation.id()) || statut == StatutDemande.DECIDEE
                || statut == StatutDemande.RETIREE) {
            dialogues.information("Demande non modifiable", "Seule une demande de ce dossier, ni décidée ni "
                    + "retirée, peut être modifiée ou retirée.");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(ligne);
    }

    private void ouvrirFormulaire(HistoriquePersonne.Ligne ligne) {
        new FormulaireDemande(services, executeur, situation.id(), ligne == null ? null : ligne.demande())
                .showAndWait().ifPresent(d -> charger());
    }

    private void retirer(HistoriquePersonne.Ligne ligne) {
        if (dialogues.confirmer("Retirer la demande", "Retirer la demande de " + ligne.demande().libelleMesure()
                + " ? Elle restera dans l'historique, marquée « Retirée ».")) {
            executeur.executer(() -> services.gererDemandes().retirer(services.utilisateur(), ligne.demande()),
                    d -> charger(), this::erreur);
        }
    }

    private void erreur(Exception exception) {
        dialogues.erreur("Erreur", MessagesErreur.pourUtilisateur(exception));
    }
}
