package fr.cellulepdp.app.indicateur;

import static fr.cellulepdp.app.ui.Tableaux.colonne;

import fr.cellulepdp.app.ui.Champs;
import fr.cellulepdp.app.ui.Dialogues;
import fr.cellulepdp.app.ui.PageDeBase;
import fr.cellulepdp.app.ui.Tableaux;
import fr.cellulepdp.model.indicateur.Indicateurs;
import fr.cellulepdp.model.indicateur.Indicateurs.Chiffre;
import fr.cellulepdp.model.indicateur.Indicateurs.IndicateurNational;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The "Indicateurs" page: the cell's figures for a period (the current year by default) as tiles, charts and the
 * national indicators' table. A click on a bar, a tile or an indicator lists the situations behind it, within the
 * user's rights. The same figures export as CSV (Excel) or as the review PDF.
 */
public final class PageIndicateurs extends PageDeBase {

    private final ModeleIndicateurs modele;
    private final Dialogues dialogues;
    private final DatePicker du = Champs.date("indicateurs-du");
    private final DatePicker au = Champs.date("indicateurs-au");
    private final Label etat = new Label();
    private final VBox resultats = new VBox(16);
    private final Button exporterCsv = new Button("Exporter en CSV…");
    private final Button bilanPdf = new Button("Bilan PDF…");
    private final Button exporterConsolidation = new Button("Export pour consolidation…");
    private final Button consolider = new Button("Consolider des exports…");

    public PageIndicateurs(ModeleIndicateurs modele, Dialogues dialogues) {
        super("indicateurs", "Indicateurs", MaterialDesignC.CHART_BAR);
        this.modele = modele;
        this.dialogues = dialogues;
        du.valueProperty().bindBidirectional(modele.duProperty());
        au.valueProperty().bindBidirectional(modele.auProperty());
        Button calculer = new Button("Calculer");
        calculer.setId("calculer-indicateurs");
        calculer.getStyleClass().add("bouton-principal");
        calculer.setDefaultButton(true);
        calculer.setOnAction(e -> actualiser());
        exporterCsv.setId("exporter-indicateurs-csv");
        exporterCsv.setOnAction(e -> exporterCsv());
        bilanPdf.setId("bilan-indicateurs-pdf");
        bilanPdf.setOnAction(e -> bilanPdf());
        exporterConsolidation.setId("exporter-indicateurs-consolidation");
        exporterConsolidation.setOnAction(e -> exporterConsolidation());
        consolider.setId("consolider-exports");
        consolider.setOnAction(e -> consolider());
        exporterCsv.disableProperty().bind(modele.calculesProperty().not());
        bilanPdf.disableProperty().bind(modele.calculesProperty().not());
        exporterConsolidation.disableProperty().bind(modele.exportableProperty().not());
        etat.setId("etat-indicateurs");
        etat.setWrapText(true);
        etat.textProperty().bind(modele.etatProperty());
        modele.indicateursProperty().addListener((o, a, n) -> {
            if (n != null) {
                afficher(n);
            }
        });
        // the period and the exports each stay whole: at 1366 pixels the exports go to a second line, never cut
        HBox periode = new HBox(10, new Label("Du"), du, new Label("au"), au, calculer);
        HBox exports = new HBox(10, exporterCsv, bilanPdf, exporterConsolidation, consolider);
        for (HBox groupe : List.of(periode, exports)) {
            groupe.setAlignment(Pos.CENTER_LEFT);
            groupe.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
            groupe.setMinWidth(Region.USE_PREF_SIZE);
        }
        du.setPrefWidth(135);
        au.setPrefWidth(135);
        FlowPane barre = new FlowPane(24, 8, periode, exports);
        barre.setAlignment(Pos.CENTER_LEFT);
        resultats.setId("resultats-indicateurs");
        ScrollPane defilement = new ScrollPane(resultats);
        defilement.setFitToWidth(true);
        VBox.setVgrow(defilement, Priority.ALWAYS);
        corps().getChildren().addAll(barre, etat, defilement);
    }

    @Override
    public void actualiser() {
        modele.calculer();
    }

    /** The figures shown, once computed (for tests and exports). */
    public Indicateurs indicateursAffiches() {
        return modele.indicateursProperty().get();
    }

    /** The page's view model. */
    public ModeleIndicateurs modele() {
        return modele;
    }

    private void afficher(Indicateurs ind) {
        GridPane repartitions = new GridPane();
        repartitions.setHgap(16);
        repartitions.setVgap(16);
        repartitions.add(Graphiques.repartition("graphique-origine", ind.parOrigine(), this::detailler), 0, 0);
        repartitions.add(Graphiques.repartition("graphique-risque", ind.parRisque(), this::detailler), 1, 0);
        repartitions.add(Graphiques.repartition("graphique-age", ind.parAge(), this::detailler), 0, 1);
        repartitions.add(Graphiques.repartition("graphique-sexe", ind.parSexe(), this::detailler), 1, 1);
        repartitions.getChildren().forEach(n -> GridPane.setHgrow(n, Priority.ALWAYS));
        resultats.getChildren().setAll(tuiles(ind),
                Graphiques.tableau("graphique-decisions", ind.decisionsParMesure(), this::detailler),
                repartitions,
                ind.issues().total() == 0 ? vide(ind.issues().titre(), "Aucune situation clôturée pendant la période.")
                        : Graphiques.repartition("graphique-issues", ind.issues(), this::detailler),
                ind.devenirParMesure().lignes().isEmpty()
                        ? vide(ind.devenirParMesure().titre(), "Aucune mesure accordée à une personne dont la "
                                + "situation a été clôturée pendant la période.")
                        : Graphiques.tableau("graphique-devenir", ind.devenirParMesure(), this::detailler),
                Champs.sousTitre("Indicateurs nationaux de la PDP"),
                nationaux(ind.nationaux()),
                Champs.sousTitre("Bilan national de la PDP — période et même période un an plus tôt"),
                TableBilan.figures(ind.bilan()),
                Champs.sousTitre("Chiffres du bilan national que les dossiers ne donnent pas"),
                TableBilan.nonDisponibles());
    }

    /** A section with nothing to chart says so, rather than showing empty axes. */
    private static Node vide(String titre, String explication) {
        Label texte = new Label(explication);
        texte.getStyleClass().add("texte-vide");
        return new VBox(4, Champs.sousTitre(titre), texte);
    }

    private HBox tuiles(Indicateurs ind) {
        HBox tuiles = new HBox(12);
        for (ModeleIndicateurs.Tuile t : ModeleIndicateurs.tuiles(ind)) {
            tuiles.getChildren().add(tuile(t.id(), t.libelle(), t.valeur(), t.detail()));
        }
        tuiles.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        return tuiles;
    }

    private Node tuile(String id, String libelle, String valeur, Chiffre detail) {
        Label grand = new Label(valeur);
        grand.getStyleClass().add("tuile-valeur");
        Label petit = new Label(libelle);
        petit.getStyleClass().add("tuile-libelle");
        petit.setWrapText(true);
        VBox tuile = new VBox(4, grand, petit);
        tuile.setId(id);
        tuile.getStyleClass().add("tuile");
        tuile.setMaxWidth(Double.MAX_VALUE);
        if (detail != null) {
            tuile.setCursor(Cursor.HAND);
            tuile.setOnMouseClicked(e -> detailler(detail));
        }
        return tuile;
    }

    private TableView<IndicateurNational> nationaux(List<IndicateurNational> nationaux) {
        TableView<IndicateurNational> table = new TableView<>();
        table.setId("table-indicateurs-nationaux");
        table.getItems().setAll(nationaux);
        table.getColumns().setAll(List.of(colonne("Code", 60, IndicateurNational::code),
                Tableaux.colonneAvecRetour("Indicateur", 380, IndicateurNational::libelle),
                colonne("Valeur", 110, ModeleIndicateurs::valeurNationale),
                Tableaux.colonneAvecRetour("Définition retenue, ou raison", 620, n -> n.calculable() ? n.definition()
                        : Tableaux.majuscule(n.nonCalculable()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(40 + 52 * nationaux.size());
        table.setOnMouseClicked(e -> {
            IndicateurNational n = table.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && n != null && n.calculable()) {
                detailler(n.chiffre());
            }
        });
        return table;
    }

    /** Lists the situations behind a figure, as the user may see them. */
    void detailler(Chiffre chiffre) {
        modele.detailler(chiffre, situations -> new DialogueSituationsDuChiffre(chiffre.libelle(), situations).show());
    }

    private void exporterCsv() {
        dialogues.choisirFichierEnregistrement("Exporter les indicateurs en CSV", "indicateurs-" + suffixe()
                + ".csv", "Fichiers CSV (Excel)", "csv").ifPresent(modele::exporterCsv);
    }

    private void bilanPdf() {
        dialogues.choisirFichierEnregistrement("Enregistrer le bilan", "bilan-" + suffixe() + ".pdf",
                "Documents PDF", "pdf").ifPresent(modele::bilanPdf);
    }

    private void exporterConsolidation() {
        dialogues.choisirFichierEnregistrement("Export anonyme et signé pour une consolidation", "export-bilan-"
                + suffixe() + ".csv", "Exports de bilan (CSV)", "csv").ifPresent(modele::exporterPourConsolidation);
    }

    private void consolider() {
        List<Path> exports = dialogues.choisirFichiersOuverture("Exports de cellules à consolider",
                "Exports de bilan (CSV)", "csv");
        if (!exports.isEmpty()) {
            dialogues.choisirFichierEnregistrement("Enregistrer la revue consolidée", "revue-consolidee.pdf",
                    "Documents PDF", "pdf").ifPresent(pdf -> modele.consolider(exports, pdf));
        }
    }

    private String suffixe() {
        Indicateurs ind = modele.indicateursProperty().get();
        return ind.periode().du() + "-" + ind.periode().au();
    }
}
