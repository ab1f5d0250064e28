package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.decision.ModeleDecision;
import fr.cellulepdp.app.document.DialogueApercu;
import fr.cellulepdp.app.document.GenerationDocuments;
import fr.cellulepdp.app.ui.Dialogues;
import fr.cellulepdp.app.ui.PlacementFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.seance.DossierSeance;
import java.util.Optional;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * One meeting's window: prepare the agenda, take attendance, hold the meeting, close it. Its own window, so that
 * the coordinatrice can keep the Situations page open beside it, and so that the projection can follow it.
 */
public final class FenetreSeance extends Stage {

    private final ModeleSeance modele;
    private final Label entete = new Label();
    private final Button ouvrir = new Button("_Ouvrir la séance");
    private final Button cloturer = new Button("_Clôturer la séance…");
    private final TabPane onglets = new TabPane();
    private final javafx.scene.control.ProgressBar progression = new javafx.scene.control.ProgressBar(0);
    private final Tab ongletSeance;
    private FenetreProjection projection;

    /**
     * What the meeting window uses, built in the wiring (decision record 0044): its view model's use cases, the
     * documents' generation, the view models of the dialogs it opens (moving the meeting, signing the minutes), and
     * whether other computers share the database (their decisions then show here).
     */
    public record Cablage(ActionsSeance.CasDUsage cas,
                          fr.cellulepdp.app.document.GenerationDocuments.CasDUsage generation,
                          DeplacementSeance deplacement,
                          java.util.function.Function<UUID, fr.cellulepdp.app.signature.ModeleContresignature>
                                  contresignature,
                          boolean basePartagee) {
    }

    /** The view model of « Déplacer… », on the meeting as the window shows it. */
    @FunctionalInterface
    public interface DeplacementSeance {
        ModeleDeplacement pour(fr.cellulepdp.model.seance.Seance seance);
    }

    public FenetreSeance(Cablage cablage, ExecuteurTaches executeur, Dialogues dialogues, UUID seanceId,
                         Runnable apresChangement) {
        modele = new ModeleSeance(cablage.cas(), executeur, dialogues, seanceId, apresChangement);
        VueSeance vue = new VueSeance(modele);
        ongletSeance = new Tab("Séance", vue);
        ongletSeance.setId("onglet-seance");
        Tab ordre = new Tab("Ordre du jour", new OngletOrdreDuJour(modele));
        ordre.setId("onglet-ordre-du-jour");
        // a laptop screen of 768 px does not hold the whole tab: it scrolls
        javafx.scene.control.ScrollPane defilementPresences = new javafx.scene.control.ScrollPane(
                new OngletPresences(modele));
        defilementPresences.setFitToWidth(true);
        Tab presences = new Tab("Présences et quorum", defilementPresences);
        presences.setId("onglet-presences");
        Tab courriers = new Tab("Courriers", new OngletCourriers(modele));
        courriers.setId("onglet-courriers");
        onglets.getTabs().setAll(ordre, presences, ongletSeance, courriers);
        onglets.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        entete.setId("entete-seance");
        entete.getStyleClass().add("titre-page");
        entete.textProperty().bind(modele.enteteProperty());
        titleProperty().bind(modele.titreProperty());
        ouvrir.setId("ouvrir-seance");
        ouvrir.getStyleClass().add("bouton-principal");
        ouvrir.disableProperty().bind(modele.ouvrableProperty().not());
        ouvrir.setOnAction(e -> modele.ouvrir());
        // attendance comes next once the meeting is open
        modele.ouvrableProperty().addListener((o, avant, ouvrable) -> {
            if (avant && !ouvrable && !modele.dossier().seance().estCloturee()) {
                onglets.getSelectionModel().select(presences);
            }
        });
        cloturer.setId("cloturer-seance");
        cloturer.disableProperty().bind(modele.cloturableProperty().not());
        cloturer.setOnAction(e -> modele.cloturer());
        Button convoquer = new Button("Convoquer");
        convoquer.setId("convoquer-seance");
        convoquer.disableProperty().bind(modele.convocableProperty().not());
        convoquer.setOnAction(e -> modele.convoquer());
        Button deplacer = new Button("Déplacer…");
        deplacer.setId("deplacer-seance-bouton");
        deplacer.disableProperty().bind(modele.convocableProperty().not());
        deplacer.setOnAction(e -> new DialogueDeplacement(cablage.deplacement().pour(modele.seance()))
                .showAndWait().ifPresent(modele::apresDeplacement));
        Button annuler = new Button("Annuler la séance…");
        annuler.setId("annuler-seance");
        annuler.disableProperty().bind(modele.convocableProperty().not());
        annuler.setOnAction(e -> modele.annuler());
        Button apercu = new Button("A_perçu des documents…");
        apercu.setId("apercu-documents");
        apercu.setOnAction(e -> executeur.executer(modele.actions()::apercu, documents ->
                new DialogueApercu("Aperçu des documents de la séance", documents).show(), modele::signaler));
        Button documents = new Button("_Générer les documents…");
        documents.setId("generer-documents");
        documents.setOnAction(e -> new GenerationDocuments(cablage.generation(), executeur, dialogues,
                progression)
                .generer(modele.dossier().seance(), modele::documentsProduits));
        progression.setId("progression-documents");
        progression.setVisible(false);
        // hidden, it takes no room (it would wrap onto a line of its own)
        progression.managedProperty().bind(progression.visibleProperty());
        progression.setPrefWidth(160);
        // the bar says what it measures, on screen and to a screen reader
        progression.setAccessibleText("Production des documents de la séance");
        javafx.scene.layout.HBox enCours = new javafx.scene.layout.HBox(6, new Label("Production des documents…"),
                progression);
        enCours.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        enCours.visibleProperty().bind(progression.visibleProperty());
        enCours.managedProperty().bind(enCours.visibleProperty());
        Button contresigner = new Button("_Signer le procès-verbal…");
        contresigner.setId("contresigner-proces-verbal");
        contresigner.setOnAction(e -> new fr.cellulepdp.app.signature.DialogueContresignature(this,
                cablage.contresignature().apply(seanceId)).show());
        contresigner.visibleProperty().bind(modele.signableProperty());
        contresigner.managedProperty().bind(modele.signableProperty());
        // the others see the meeting and the projection, not the coordinatrice's commands (0023); a closed or
        // cancelled meeting offers her none that would change it
        fr.cellulepdp.app.ui.Champs.montrerSi(modele.pilote(), apercu, documents);
        fr.cellulepdp.app.ui.Champs.montrerSi(modele.registreModifiableProperty(), ouvrir, cloturer, convoquer,
                deplacer, annuler);
        Label bandeau = new Label();
        bandeau.setId("bandeau-lecture-seule");
        bandeau.getStyleClass().add("bandeau-lecture-seule");
        bandeau.setWrapText(true);
        bandeau.textProperty().bind(modele.lectureSeuleProperty());
        fr.cellulepdp.app.ui.Champs.montrerSi(modele.lectureSeuleProperty().isNotEmpty(), bandeau);
        Button projeter = new Button("P_rojection");
        projeter.setId("projection");
        projeter.setOnAction(e -> projeter());
        // the title on its own line, the actions below it, wrapping to a second line rather than cutting their
        // words (1366 px, or 1920 px at 150 %: 1 280 px of layout)
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(10, 6, ouvrir, cloturer, convoquer,
                deplacer, annuler, apercu, documents, contresigner, projeter, enCours);
        for (Button bouton : java.util.List.of(ouvrir, cloturer, convoquer, deplacer, annuler, apercu, documents,
                contresigner, projeter)) {
            bouton.setMinWidth(Region.USE_PREF_SIZE);
        }
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.VBox barre = new javafx.scene.layout.VBox(8, entete, bandeau, actions);
        barre.setPadding(new Insets(12));
        BorderPane racine = new BorderPane(onglets, barre, null, null, null);
        racine.getStyleClass().add("fenetre-seance");
        Scene scene = new Scene(racine, 1500, 900);
        scene.getStylesheets().add(
                FenetreSeance.class.getResource("/fr/cellulepdp/app/ui/cellule-pdp.css").toExternalForm());
        raccourcis(scene);
        setScene(scene);
        PlacementFenetre.pour("seance", 1500, 900).appliquer(this);
        setOnHidden(e -> {
            modele.fermer();
            if (projection != null) {
                projection.close();
            }
            apresChangement.run();
        });
        modele.recharger();
        if (cablage.basePartagee()) {
            // other référents enter decisions on their own computers: theirs show here within two seconds
            modele.suivreLesAutresPostes(java.time.Duration.ofSeconds(1), javafx.application.Platform::runLater);
        }
    }

    /** The window's state, for tests and for the page that opened it. */
    DossierSeance dossier() {
        return modele.dossier();
    }

    /** The window's model, for tests. */
    ModeleSeance modele() {
        return modele;
    }

    private void projeter() {
        if (projection == null) {
            projection = new FenetreProjection(modele);
        }
        projection.show();
        projection.toFront();
    }

    /**
     * Ctrl+1…5 choose the outcome (on QWERTY and AZERTY keyboards), Ctrl+Entrée records, Page↑/Page↓ move between
     * items (meeting tab only; a text area keeps Page↑/Page↓ to scroll), Ctrl+W (Cmd+W) closes the window from any
     * tab. Read before the focused control gets them.
     */
    private void raccourcis(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, touche -> {
            if (RaccourcisSeance.fermer(touche)) {
                // the same way as the window's close button, so that whatever guards it guards this too
                touche.consume();
                fireEvent(new javafx.stage.WindowEvent(this, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
                return;
            }
            if (!ongletSeance.isSelected()) {
                return;
            }
            ModeleDecision decision = modele.decision();
            Optional<IssueDecision> issue = RaccourcisSeance.issue(touche);
            int pas = RaccourcisSeance.deplacement(touche,
                    scene.getFocusOwner() instanceof javafx.scene.control.TextArea);
            if (issue.isPresent()) {
                decision.choisirIssue(issue.get());
            } else if (RaccourcisSeance.enregistrer(touche)) {
                decision.enregistrer();
            } else if (pas != 0) {
                modele.aller(pas);
            } else {
                return;
            }
            touche.consume();
        });
    }
}
