package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.shell.Horaires;
import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.app.shell.ConvertisseurTexte;
import fr.cellulepdp.app.shell.Tableaux;
import fr.cellulepdp.app.wiring.MessagesErreur;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.MotifType;
import fr.cellulepdp.model.decision.SaisieDecision;
import fr.cellulepdp.model.decision.SuiviPrevu;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.seance.DossierSeance;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The decision on one request of the current item: outcome (Ctrl+1 to Ctrl+5), medical opinion (its direction
 * only), reasons with the cell's standard phrases, conditions, granted dates and amount, what is missing and by
 * when, the derogation reason, and one follow-up to create. The problems show as the user types; Ctrl+Entrée
 * records the decision at once. On a closed meeting the panel only makes rectificatifs. When the meeting is read
 * again because another computer saved something, what the user is typing is kept; if the other computer changed
 * this very decision, the panel says so (saving would then be refused) and offers to show the decision saved.
 */
final class PanneauDecision extends VBox {

    private final ModeleSeance modele;
    private final ComboBox<Demande> demande = new ComboBox<>();
    private final ToggleGroup issues = new ToggleGroup();
    private final Map<IssueDecision, ToggleButton> boutons = new EnumMap<>(IssueDecision.class);
    private final ChampsDecision champs = new ChampsDecision("champ-");
    private final ComboBox<MotifType> phrases = new ComboBox<>();
    private final TextField suiviAction = Champs.texte("champ-suivi-action", 24);
    private final ComboBox<Membre> suiviResponsable = new ComboBox<>();
    private final DatePicker suiviEcheance = Champs.date("champ-suivi-echeance");
    private final Label etat = new Label();
    private final Label problemes = new Label();
    private final Button enregistrer = new Button("Enregistrer la décision");
    private final Button rectifier = new Button("Rectificatif…");
    private final Button afficherEnregistree = new Button("Afficher la décision enregistrée");
    private boolean modeRectificatif;
    private boolean remplissage;
    /** The user changed a field since the panel was filled: a reading of the meeting keeps the input. */
    private boolean modifie;
    /** The version of the meeting's decision on the chosen request when the panel was filled (0: none). */
    private long versionRemplie;

    PanneauDecision(ModeleSeance modele) {
        super(8);
        this.modele = modele;
        setPrefWidth(470);
        demande.setId("choix-demande");
        demande.setConverter(new ConvertisseurTexte<>(d -> Tableaux.majuscule(d.libelleMesure())));
        demande.valueProperty().addListener((o, a, b) -> remplir());
        FlowPane choixIssue = new FlowPane(6, 6);
        int rang = 1;
        for (IssueDecision issue : IssueDecision.values()) {
            ToggleButton bouton = new ToggleButton(issue.libelle());
            bouton.setId("issue-" + issue.name());
            bouton.setUserData(issue);
            bouton.getStyleClass().add("issue-decision");
            bouton.setToggleGroup(issues);
            bouton.setTooltip(new Tooltip("Ctrl+" + rang++));
            boutons.put(issue, bouton);
            choixIssue.getChildren().add(bouton);
        }
        phrases.setId("phrases-types");
        phrases.setPromptText("Insérer une phrase type…");
        phrases.setConverter(new ConvertisseurTexte<>(MotifType::texte));
        phrases.setMaxWidth(Double.MAX_VALUE);
        phrases.setOnAction(e -> insererPhrase());
        suiviAction.setPromptText("Action (ex. : bilan de fin d'essai)");
        suiviResponsable.setPromptText("Responsable");
        suiviEcheance.setPromptText("Échéance");
        suiviResponsable.setId("champ-suivi-responsable");
        suiviResponsable.setConverter(new ConvertisseurTexte<>(Membre::nomComplet));
        GridPane grille = new GridPane();
        grille.setHgap(8);
        grille.setVgap(6);
        javafx.scene.layout.ColumnConstraints libelles = new javafx.scene.layout.ColumnConstraints();
        libelles.setMinWidth(115);
        grille.getColumnConstraints().add(libelles);
        suiviResponsable.setPrefWidth(170);
        int ligne = 0;
        grille.addRow(ligne++, new Label("Avis médical"), champs.avis);
        grille.addRow(ligne++, new Label("Début accordé"), champs.debut);
        grille.addRow(ligne++, new Label("Fin accordée"), champs.fin);
        grille.addRow(ligne++, new Label("Montant (€)"), champs.montant);
        grille.addRow(ligne++, new Label("Date limite"), champs.dateLimite);
        grille.addRow(ligne++, new Label("Dérogation"), champs.derogation);
        etat.setId("etat-decision");
        etat.setWrapText(true);
        problemes.setId("problemes-decision");
        problemes.getStyleClass().add("problemes-formulaire");
        problemes.setWrapText(true);
        enregistrer.setId("enregistrer-decision");
        enregistrer.getStyleClass().add("bouton-principal");
        enregistrer.setTooltip(new Tooltip("Ctrl+Entrée"));
        enregistrer.setOnAction(e -> enregistrer());
        afficherEnregistree.setId("afficher-decision-enregistree");
        afficherEnregistree.setVisible(false);
        afficherEnregistree.managedProperty().bind(afficherEnregistree.visibleProperty());
        afficherEnregistree.setOnAction(e -> remplir());
        rectifier.setId("rectifier-decision");
        rectifier.setOnAction(e -> {
            modeRectificatif = true;
            afficherVerrou();
        });
        getChildren().setAll(Champs.sousTitre("Décision"), demande, choixIssue, grille,
                new Label("Motifs"), phrases, champs.motifs, new Label("Conditions"), champs.conditions,
                new Label("Éléments manquants (ajournement)"), champs.elements,
                Champs.sousTitre("Suivi à créer"), new HBox(6, suiviAction, suiviResponsable, suiviEcheance),
                problemes, new HBox(8, enregistrer, rectifier), etat, afficherEnregistree);
        issues.selectedToggleProperty().addListener((o, a, b) -> verifier());
        champs.aSurveiller().forEach(p -> p.addListener(o -> verifier()));
        suiviAction.textProperty().addListener(o -> verifier());
        suiviEcheance.valueProperty().addListener(o -> verifier());
        List<javafx.beans.Observable> saisies = new java.util.ArrayList<>(champs.aSurveiller());
        saisies.addAll(List.of(issues.selectedToggleProperty(), champs.avis.valueProperty(),
                suiviAction.textProperty(), suiviResponsable.valueProperty(), suiviEcheance.valueProperty()));
        saisies.forEach(p -> p.addListener(o -> {
            if (!remplissage) {
                modifie = true;
            }
        }));
    }

    /**
     * Shows the requests of the current item; the first one is chosen. When the meeting was only read again (the
     * same request stays chosen) and the user has changed the panel, their input is kept.
     */
    void afficher(DossierSeance dossier, DossierSeance.Point point) {
        List<Demande> demandes = point == null ? List.of() : point.demandes();
        Demande avant = demande.getValue();
        Optional<Demande> memeDemande = avant == null ? Optional.empty()
                : demandes.stream().filter(d -> d.id().equals(avant.id())).findFirst();
        if (modifie && memeDemande.isPresent()) {
            garderLaSaisie(dossier, demandes, memeDemande.get());
            return;
        }
        modeRectificatif = false;
        remplissage = true;
        phrases.getItems().setAll(dossier.motifsTypes());
        suiviResponsable.getItems().setAll(dossier.membres().stream().filter(Membre::actif).toList());
        demande.getItems().setAll(demandes);
        remplissage = false;
        demande.setValue(memeDemande.orElse(demandes.isEmpty() ? null : demandes.get(0)));
        remplir();
    }

    /** The meeting was read again while the user types: their input stays, and a change by another is shown. */
    private void garderLaSaisie(DossierSeance dossier, List<Demande> demandes, Demande choisie) {
        remplissage = true;
        Membre responsable = suiviResponsable.getValue();
        suiviResponsable.getItems().setAll(dossier.membres().stream().filter(Membre::actif).toList());
        suiviResponsable.setValue(responsable == null ? null : suiviResponsable.getItems().stream()
                .filter(m -> m.id().equals(responsable.id())).findFirst().orElse(null));
        demande.getItems().setAll(demandes);
        demande.setValue(choisie);
        remplissage = false;
        boolean changeeAilleurs = dossier.versionDecision(choisie.id()) != versionRemplie;
        afficherEnregistree.setVisible(changeeAilleurs);
        if (changeeAilleurs) {
            etat.setText("Cette décision vient d'être enregistrée ou modifiée sur un autre poste : votre saisie "
                    + "n'est pas enregistrée et le serait en conflit. Affichez la décision enregistrée pour la voir.");
        }
        afficherVerrou();
    }

    void choisirIssue(IssueDecision issue) {
        if (!boutons.get(issue).isDisabled()) {
            boutons.get(issue).setSelected(true);
        }
    }

    void enregistrer() {
        SaisieDecision saisie = saisie();
        if (saisie == null || enregistrer.isDisabled()) {
            return;
        }
        var services = modele.services();
        // the panel is filled again with what is saved, whatever the outcome
        modifie = false;
        Optional<Decision> enVigueur = decisionEnVigueur();
        if (modeRectificatif && enVigueur.isPresent()) {
            modele.agir(() -> services.tenirSeance().rectifier(services.utilisateur(), enVigueur.get().id(), saisie),
                    d -> modeRectificatif = false);
        } else {
            // the decision as this panel was filled: one entered meanwhile on another computer is refused, not replaced
            long versionLue = versionRemplie;
            // refused (a conflict): the panel shows the decision as known now, and as read again next
            modele.agir(() -> services.tenirSeance().decider(services.utilisateur(), modele.seanceId(), saisie,
                    versionLue), d -> { }, this::remplir);
        }
    }

    private Optional<Decision> decisionEnVigueur() {
        DossierSeance dossier = modele.dossier();
        return dossier == null || demande.getValue() == null ? Optional.empty()
                : dossier.decisionEnVigueur(demande.getValue().id());
    }

    /** Fills the panel with the decision in force for the chosen request, or empties it. */
    private void remplir() {
        if (remplissage) {
            return;
        }
        remplissage = true;
        modifie = false;
        afficherEnregistree.setVisible(false);
        Optional<Decision> decision = decisionEnVigueur();
        Demande d = demande.getValue();
        DossierSeance dossier = modele.dossier();
        versionRemplie = dossier == null || d == null ? 0 : dossier.versionDecision(d.id());
        issues.selectToggle(decision.map(x -> (javafx.scene.control.Toggle) boutons.get(x.issue())).orElse(null));
        champs.remplir(decision, d);
        Optional<SuiviPrevu> suivi = decision.flatMap(x -> x.suivisPrevus().stream().findFirst());
        suiviAction.setText(suivi.map(SuiviPrevu::action).orElse(""));
        suiviResponsable.setValue(suivi.flatMap(s -> suiviResponsable.getItems().stream()
                .filter(m -> m.id().equals(s.responsableId())).findFirst()).orElse(null));
        suiviEcheance.setValue(suivi.map(SuiviPrevu::echeance).orElse(null));
        etat.setText(decision.map(x -> (x.estHorsSeance() ? "Décision urgente prise le "
                + Horaires.horodatage(x.decideeLe()) + ", présentée pour ratification."
                : (x.estRectificatif() ? "Rectificatif enregistré le " : "Décision enregistrée le ")
                + Horaires.horodatage(x.decideeLe()))).orElse(d == null ? "Aucune demande à décider pour ce point."
                : "Pas encore de décision."));
        remplissage = false;
        afficherVerrou();
        verifier();
    }

    /** A closed meeting shows its decisions read-only, unless a rectificatif is being entered. */
    private void afficherVerrou() {
        DossierSeance dossier = modele.dossier();
        boolean cloturee = dossier != null && dossier.seance().estCloturee();
        boolean ratification = demande.getValue() != null && dossier != null && dossier.seance()
                .pointDe(demande.getValue().id()).map(p -> p.categorie()
                        == fr.cellulepdp.model.seance.CategoriePoint.RATIFICATION).orElse(false);
        boolean saisissable = demande.getValue() != null && !ratification
                && (cloturee ? modeRectificatif : dossier != null && dossier.peutDecider());
        getChildren().stream().filter(n -> n != etat && n != problemes && !(n instanceof HBox h
                && h.getChildren().contains(enregistrer))).forEach(n -> n.setDisable(!saisissable));
        enregistrer.setDisable(!saisissable);
        enregistrer.setText(modeRectificatif ? "Enregistrer le rectificatif" : "Enregistrer la décision");
        rectifier.setVisible(cloturee);
        rectifier.setDisable(!cloturee || modeRectificatif || decisionEnVigueur().isEmpty());
    }

    private void verifier() {
        if (remplissage) {
            return;
        }
        SaisieDecision saisie = saisie();
        if (saisie == null || saisie.issue() == null || enregistrer.isDisabled()) {
            problemes.setText("");
            return;
        }
        var services = modele.services();
        modele.executeur().executer(() -> services.tenirSeance().verifier(services.utilisateur(), saisie),
                liste -> problemes.setText(MessagesErreur.puces(liste)), modele::signaler);
    }

    /** The panel as a decision to record, or null when no request is chosen or the amount is unreadable. */
    private SaisieDecision saisie() {
        Demande d = demande.getValue();
        if (d == null) {
            return null;
        }
        List<SuiviPrevu> suivis = suiviEcheance.getValue() == null && suiviAction.getText().isBlank() ? List.of()
                : List.of(new SuiviPrevu(suiviAction.getText(),
                        suiviResponsable.getValue() == null ? null : suiviResponsable.getValue().id(),
                        suiviEcheance.getValue()));
        IssueDecision issue = issues.getSelectedToggle() == null ? null
                : (IssueDecision) issues.getSelectedToggle().getUserData();
        try {
            return champs.saisie(d, issue, suivis);
        } catch (NumberFormatException e) {
            problemes.setText(ChampsDecision.MONTANT_ILLISIBLE);
            return null;
        }
    }

    private void insererPhrase() {
        MotifType phrase = phrases.getValue();
        if (phrase != null) {
            TextArea motifs = champs.motifs;
            motifs.setText(motifs.getText().isBlank() ? phrase.texte() : motifs.getText().strip() + " " + phrase.texte());
            javafx.application.Platform.runLater(() -> phrases.getSelectionModel().clearSelection());
        }
    }
}
