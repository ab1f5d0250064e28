package fr.cellulepdp.app.decision;

import fr.cellulepdp.app.ui.Champs;
import fr.cellulepdp.app.ui.ConvertisseurTexte;
import fr.cellulepdp.app.ui.Tableaux;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.MotifType;
import fr.cellulepdp.model.demande.Demande;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * The view of the decision on one request of the current item ({@link ModeleDecision} holds the state and the
 * commands): outcome (Ctrl+1 to Ctrl+5), medical opinion, reasons with the cell's standard phrases, conditions,
 * granted dates and amount, what is missing and by when, the derogation reason, one follow-up to create. Nothing
 * moves as the user types: the outcomes sit in fixed tiles, the problems in a slot of fixed height below the buttons.
 */
public final class PanneauDecision extends VBox {

    private static final javafx.css.PseudoClass CLOTUREE = javafx.css.PseudoClass.getPseudoClass("cloturee");

    private final ModeleDecision modele;
    private final ComboBox<Demande> demande = new ComboBox<>();
    private final ToggleGroup issues = new ToggleGroup();
    private final Map<IssueDecision, ToggleButton> boutons = new EnumMap<>(IssueDecision.class);
    private final ComboBox<MotifType> phrases = new ComboBox<>();
    private boolean synchronisation;

    public PanneauDecision(ModeleDecision modele) {
        super(8);
        this.modele = modele;
        setPrefWidth(470);
        ChampsDecision champs = new ChampsDecision("champ-", modele.fiche);
        demande.setId("choix-demande");
        demande.setConverter(new ConvertisseurTexte<>(d -> Tableaux.majuscule(d.libelleMesure())));
        demande.setItems(modele.demandes());
        demande.setMaxWidth(Double.MAX_VALUE);
        demande.valueProperty().addListener((o, a, choisie) -> {
            if (!synchronisation && !modele.choisirDemande(choisie)) {
                // the user kept the decision typed: the choice goes back
                Platform.runLater(() -> demande.setValue(modele.demandeProperty().get()));
            }
        });
        modele.demandeProperty().addListener((o, a, b) -> synchroniser(() -> demande.setValue(b)));
        // a new reading replaces the list: the combo box, and its pop-up list's selection (whose listeners run after
        // this one), may drop the value meanwhile; shown again once they all have run
        modele.demandes().addListener((javafx.collections.ListChangeListener<Demande>) c -> Platform.runLater(() ->
                synchroniser(() -> demande.setValue(modele.demandeProperty().get()))));
        // fixed tiles: choosing an outcome never moves the others (« Sans objet » stays where it is)
        TilePane choixIssue = new TilePane(6, 6);
        choixIssue.setPrefColumns(3);
        int rang = 1;
        for (IssueDecision issue : IssueDecision.values()) {
            ToggleButton bouton = new ToggleButton(issue.libelle());
            bouton.setId("issue-" + issue.name());
            bouton.setUserData(issue);
            bouton.getStyleClass().add("issue-decision");
            bouton.setToggleGroup(issues);
            bouton.setMaxWidth(Double.MAX_VALUE);
            bouton.setTooltip(new Tooltip("Ctrl+" + rang++));
            boutons.put(issue, bouton);
            choixIssue.getChildren().add(bouton);
        }
        issues.selectedToggleProperty().addListener((o, a, b) -> {
            if (!synchronisation) {
                modele.issueProperty().set(b == null ? null : (IssueDecision) b.getUserData());
            }
        });
        modele.issueProperty().addListener((o, a, b) -> montrerIssue(b));
        phrases.setId("phrases-types");
        phrases.setPromptText("Insérer une phrase type…");
        phrases.setConverter(new ConvertisseurTexte<>(MotifType::texte));
        phrases.setItems(modele.phrases());
        phrases.setMaxWidth(Double.MAX_VALUE);
        phrases.setOnAction(e -> {
            modele.insererPhrase(phrases.getValue());
            Platform.runLater(() -> phrases.getSelectionModel().clearSelection());
        });
        TextField suiviAction = Champs.texte("champ-suivi-action", 24);
        suiviAction.setPromptText("Action (ex. : bilan de fin d'essai)");
        suiviAction.textProperty().bindBidirectional(modele.suiviAction);
        ComboBox<Membre> suiviResponsable = new ComboBox<>(modele.responsables());
        suiviResponsable.setId("champ-suivi-responsable");
        suiviResponsable.setPromptText("Responsable");
        suiviResponsable.setConverter(new ConvertisseurTexte<>(Membre::nomComplet));
        suiviResponsable.setPrefWidth(170);
        suiviResponsable.valueProperty().bindBidirectional(modele.suiviResponsable);
        DatePicker suiviEcheance = Champs.date("champ-suivi-echeance");
        suiviEcheance.setPromptText("Échéance");
        suiviEcheance.valueProperty().bindBidirectional(modele.suiviEcheance);
        GridPane grille = new GridPane();
        grille.setHgap(8);
        grille.setVgap(6);
        ColumnConstraints libelles = new ColumnConstraints();
        libelles.setMinWidth(Region.USE_PREF_SIZE);
        grille.getColumnConstraints().add(libelles);
        int ligne = 0;
        grille.addRow(ligne++, libelle("Avis médical", champs.avis), champs.avis);
        grille.addRow(ligne++, libelle("Début accordé", champs.debut), champs.debut);
        grille.addRow(ligne++, libelle("Fin accordée", champs.fin), champs.fin);
        grille.addRow(ligne++, libelle("Montant (€)", champs.montant), champs.montant);
        grille.addRow(ligne++, libelle("Date limite", champs.dateLimite), champs.dateLimite);
        grille.addRow(ligne, libelle("Dérogation", champs.derogation), champs.derogation);
        Label etat = new Label();
        etat.setId("etat-decision");
        etat.setWrapText(true);
        // whole, on as many lines as it takes: the fields above scroll instead (it was cut to one line, « … »)
        etat.setMinHeight(Region.USE_PREF_SIZE);
        etat.textProperty().bind(modele.etatProperty());
        Label problemes = new Label();
        problemes.setId("problemes-decision");
        problemes.getStyleClass().addAll("problemes-formulaire", "emplacement-problemes");
        problemes.setWrapText(true);
        problemes.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        problemes.textProperty().bind(modele.problemesProperty());
        Tooltip touteLaListe = new Tooltip();
        touteLaListe.textProperty().bind(modele.problemesProperty());
        touteLaListe.setWrapText(true);
        touteLaListe.setMaxWidth(480);
        problemes.tooltipProperty().bind(javafx.beans.binding.Bindings.when(modele.problemesProperty().isEmpty())
                .then((Tooltip) null).otherwise(touteLaListe));
        Button enregistrer = new Button();
        enregistrer.setId("enregistrer-decision");
        enregistrer.getStyleClass().add("bouton-principal");
        enregistrer.setTooltip(new Tooltip("Ctrl+Entrée"));
        enregistrer.textProperty().bind(modele.libelleEnregistrerProperty());
        enregistrer.disableProperty().bind(modele.saisissableProperty().not());
        enregistrer.setOnAction(e -> modele.enregistrer());
        Champs.montrerSi(modele.enregistrementOffertProperty(), enregistrer);
        Button rectifier = new Button("Rectificatif…");
        rectifier.setId("rectifier-decision");
        Champs.montrerSi(modele.rectificatifOffertProperty(), rectifier);
        rectifier.disableProperty().bind(modele.rectificatifPossibleProperty().not());
        rectifier.setOnAction(e -> modele.rectifier());
        Button afficherEnregistree = new Button("Afficher la décision enregistrée");
        afficherEnregistree.setId("afficher-decision-enregistree");
        afficherEnregistree.visibleProperty().bind(modele.conflitProperty());
        afficherEnregistree.managedProperty().bind(afficherEnregistree.visibleProperty());
        afficherEnregistree.setOnAction(e -> modele.afficherEnregistree());
        Node[] saisies = {demande, choixIssue, grille, phrases, champs.motifs, champs.conditions, champs.elements,
            suiviAction, suiviResponsable, suiviEcheance};
        for (Node saisie : saisies) {
            saisie.disableProperty().bind(modele.saisissableProperty().not());
        }
        // inserting a phrase is typing: a closed meeting's record does not offer it, but for a rectificatif
        Champs.montrerSi(modele.saisissableProperty().or(modele.clotureeProperty().not()), phrases);
        // choosing another request stays possible on a closed meeting
        demande.disableProperty().unbind();
        demande.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(modele.demandes()));
        VBox saisie = new VBox(8, Champs.sousTitre("Décision"), demande, choixIssue, grille,
                libelle("Motifs", champs.motifs), phrases, champs.motifs, libelle("Conditions", champs.conditions),
                champs.conditions, libelle("Éléments manquants (ajournement)", champs.elements), champs.elements,
                Champs.sousTitre("Suivi à créer"), new HBox(6, suiviAction, suiviResponsable, suiviEcheance));
        saisie.setPadding(new javafx.geometry.Insets(0, 8, 0, 0));
        // a closed meeting's decision is a record: its fields stay disabled but read at full contrast
        saisie.pseudoClassStateChanged(CLOTUREE, modele.clotureeProperty().get());
        modele.clotureeProperty().addListener((o, avant, close) -> saisie.pseudoClassStateChanged(CLOTUREE, close));
        saisie.getStyleClass().add("saisie-decision");
        // each field carries the mark itself: a mark on the panel alone did not reach every choice box's look
        fr.cellulepdp.app.ui.LectureSeule.si(modele.consultationProperty(), champs.avis, champs.debut, champs.fin,
                champs.montant, champs.dateLimite, champs.derogation, champs.motifs, champs.conditions,
                champs.elements, suiviAction, suiviResponsable, suiviEcheance);
        ScrollPane defilement = new ScrollPane(saisie);
        defilement.setFitToWidth(true);
        fr.cellulepdp.app.ui.DefilementSuitFocus.appliquer(defilement);
        VBox.setVgrow(defilement, Priority.ALWAYS);
        // the buttons, the problems and the state stay in view below the fields, whatever the screen's height
        getChildren().setAll(defilement, new HBox(8, enregistrer, rectifier), problemes, etat, afficherEnregistree);
        synchroniser(() -> demande.setValue(modele.demandeProperty().get()));
        montrerIssue(modele.issueProperty().get());
    }

    public ModeleDecision modele() {
        return modele;
    }

    private void montrerIssue(IssueDecision issue) {
        synchroniser(() -> issues.selectToggle(issue == null ? null : boutons.get(issue)));
    }

    /** Shows the model's state in a control without taking it for a choice of the user. */
    private void synchroniser(Runnable miseAJour) {
        synchronisation = true;
        try {
            miseAJour.run();
        } finally {
            synchronisation = false;
        }
    }

    private static Label libelle(String texte, Node champ) {
        Label libelle = new Label(texte);
        libelle.setLabelFor(champ);
        libelle.setMinWidth(Region.USE_PREF_SIZE);
        return libelle;
    }
}
