package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.decision.PanneauDecision;
import fr.cellulepdp.app.ui.Horaires;
import fr.cellulepdp.app.ui.Champs;
import fr.cellulepdp.app.ui.Tableaux;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.decision.HistoriquePersonne;
import fr.cellulepdp.model.situation.Situation;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The meeting view, built for speed: the agenda on the left (a tick on decided items), the current item in the
 * middle (the file, its requests, earlier decisions on the person), the decision panel on the right; previous and
 * next item (Page↑ / Page↓) and a timer against the item's planned minutes.
 */
final class VueSeance extends BorderPane {

    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final PseudoClass DEPASSE = PseudoClass.getPseudoClass("depasse");

    private final ModeleSeance modele;
    private final ListView<DossierSeance.Point> liste = new ListView<>();
    private final Label position = new Label();
    private final Label chrono = new Label();
    private final VBox resume = new VBox(6);
    private final PanneauDecision panneau;
    private boolean selectionEnCours;

    VueSeance(ModeleSeance modele) {
        this.modele = modele;
        this.panneau = new PanneauDecision(modele.decision());
        liste.setId("liste-points-seance");
        liste.setPrefWidth(300);
        // a closed meeting's items are still chosen, to read their decision, but tinted as a record
        fr.cellulepdp.app.ui.LectureSeule.saufSi(modele.modifiableProperty(), liste);
        liste.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DossierSeance.Point p, boolean vide) {
                super.updateItem(p, vide);
                setText(vide || p == null ? null : (getIndex() + 1) + ". " + p.situation().numeroDossier() + " "
                        + p.assure().nom().toUpperCase() + (decide(p) ? "  ✔" : ""));
            }
        });
        liste.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!selectionEnCours && b.intValue() >= 0 && !modele.allerA(b.intValue())) {
                // the user kept the decision typed: the selection goes back to the item in view
                javafx.application.Platform.runLater(() -> {
                    selectionEnCours = true;
                    liste.getSelectionModel().select(modele.courantProperty().get());
                    selectionEnCours = false;
                });
            }
        });
        Button precedent = new Button("◀ Précédent");
        precedent.setId("point-precedent");
        precedent.setOnAction(e -> aller(-1));
        Button suivant = new Button("Suivant ▶");
        suivant.setId("point-suivant");
        suivant.setOnAction(e -> aller(1));
        position.setId("position-point");
        chrono.setId("chrono-point");
        chrono.getStyleClass().add("chrono");
        Region espace = new Region();
        HBox.setHgrow(espace, Priority.ALWAYS);
        HBox navigation = new HBox(10, precedent, position, suivant, espace, chrono);
        navigation.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        navigation.setPadding(new Insets(0, 0, 8, 0));
        resume.setId("resume-point");
        resume.setPadding(new Insets(0, 12, 0, 12));
        ScrollPane defilement = new ScrollPane(resume);
        defilement.setFitToWidth(true);
        panneau.setPrefWidth(500);
        setTop(navigation);
        setLeft(liste);
        setCenter(defilement);
        setRight(panneau);
        setPadding(new Insets(12));
        Timeline minuteur = new Timeline(new KeyFrame(Duration.seconds(1), e -> modele.tic()));
        minuteur.setCycleCount(Timeline.INDEFINITE);
        minuteur.play();
        modele.fermeeProperty().addListener((o, a, fermee) -> minuteur.stop());
        modele.secondesSurLePointProperty().addListener(o -> afficherChrono());
        modele.dossierProperty().addListener((o, a, b) -> afficher());
        modele.courantProperty().addListener((o, a, b) -> afficher());
    }

    PanneauDecision panneau() {
        return panneau;
    }

    void aller(int pas) {
        modele.aller(pas);
    }

    private boolean decide(DossierSeance.Point p) {
        return !p.demandes().isEmpty() && p.demandes().stream()
                .allMatch(d -> modele.dossier().decisionEnVigueur(d.id()).isPresent());
    }

    private void afficher() {
        DossierSeance dossier = modele.dossier();
        if (dossier == null) {
            return;
        }
        selectionEnCours = true;
        liste.getItems().setAll(dossier.points());
        liste.getSelectionModel().select(modele.courantProperty().get());
        selectionEnCours = false;
        DossierSeance.Point point = modele.pointCourant();
        position.setText(modele.position());
        resume.getChildren().setAll(point == null ? java.util.List.of(new Label("Aucun point à l'ordre du jour."))
                : contenu(dossier, point));
        afficherChrono();
    }

    private void afficherChrono() {
        DossierSeance.Point point = modele.pointCourant();
        int prevues = point == null ? 0 : point.point().dureePrevueMinutes();
        long secondes = modele.secondesSurLePointProperty().get();
        chrono.setText("Temps sur ce point : " + Duree.chrono(secondes) + " / " + Duree.chrono(prevues * 60L));
        chrono.pseudoClassStateChanged(DEPASSE, secondes > prevues * 60L);
    }

    private java.util.List<javafx.scene.Node> contenu(DossierSeance dossier, DossierSeance.Point p) {
        Situation s = p.situation();
        java.util.List<javafx.scene.Node> noeuds = new java.util.ArrayList<>();
        Label titre = new Label(s.numeroDossier() + " — " + p.assure().nom().toUpperCase() + " " + p.assure().prenom());
        titre.getStyleClass().add("titre-point");
        noeuds.add(titre);
        noeuds.add(texte(p.point().categorie().libelle() + " · " + s.origine().libelle() + " · " + s.risque().libelle()
                + (s.debutArret() == null ? "" : " · arrêt depuis le " + JJ_MM_AAAA.format(s.debutArret()))
                + (s.finArretPrevue() == null ? "" : ", fin prévue le " + JJ_MM_AAAA.format(s.finArretPrevue()))));
        if (s.urgent().leve()) {
            noeuds.add(texte("Urgent : " + s.urgent().motif()));
        }
        if (s.complexe().leve()) {
            noeuds.add(texte("Complexe : " + s.complexe().motif()));
        }
        if (!s.notesSociales().isEmpty()) {
            noeuds.add(texte("Notes sociales : " + s.notesSociales()));
        }
        java.util.List<String> recuses = p.point().membresRecuses().stream().map(id -> dossier.membre(id)
                .map(m -> m.nomComplet()).orElse("?")).sorted().toList();
        if (!recuses.isEmpty()) {
            noeuds.add(texte((recuses.size() == 1 ? "Ne prend pas part" : "Ne prennent pas part")
                    + " à ce point (conflit d'intérêts) : " + String.join(", ", recuses)));
        }
        noeuds.add(Champs.sousTitre(p.demandes().isEmpty() ? "Point de suivi" : "Demandes à décider"));
        for (Demande d : p.demandes()) {
            noeuds.add(texte("• " + Tableaux.majuscule(d.libelleMesure()) + " — demandée le "
                    + JJ_MM_AAAA.format(d.dateDemande())
                    + (d.dateDebut() == null ? "" : ", du " + JJ_MM_AAAA.format(d.dateDebut()))
                    + (d.dateFin() == null ? "" : " au " + JJ_MM_AAAA.format(d.dateFin()))
                    + (d.duree() == null ? "" : ", durée " + d.duree())
                    + (d.entrepriseAccueil() == null ? "" : ", chez " + d.entrepriseAccueil().nom())
                    + (d.tuteur().isEmpty() ? "" : ", tuteur " + d.tuteur())
                    + (d.cout() == null ? "" : ", coût " + fr.cellulepdp.model.commun.Nombres.montant(d.cout()))
                    + (d.avisTechnique().isEmpty() ? "" : "\n   Avis technique : " + d.avisTechnique())));
        }
        noeuds.add(Champs.sousTitre("Décisions antérieures pour la personne"));
        long anterieures = 0;
        for (HistoriquePersonne.Ligne ligne : p.historique()) {
            for (Decision d : ligne.decisions()) {
                if (!dossier.seance().id().equals(d.seanceId())) {
                    anterieures++;
                    noeuds.add(texte("• " + Horaires.horodatage(d.decideeLe()).substring(0, 10) + " — "
                            + Tableaux.majuscule(ligne.demande().libelleMesure()) + " : " + d.issue().libelle()
                            + (d.estRectificatif() ? " (rectificatif)" : "")));
                }
            }
        }
        if (anterieures == 0) {
            noeuds.add(texte("Aucune."));
        }
        return noeuds;
    }

    private static Label texte(String texte) {
        Label label = new Label(texte);
        label.setWrapText(true);
        return label;
    }
}
