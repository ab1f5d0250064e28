package fr.cellulepdp.app.indicateur;

import static fr.cellulepdp.app.shell.Tableaux.colonne;

import fr.cellulepdp.app.document.DossierDocuments;
import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.app.shell.Dialogues;
import fr.cellulepdp.app.shell.PageDeBase;
import fr.cellulepdp.app.shell.Tableaux;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.MessagesErreur;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.indicateur.Indicateurs;
import fr.cellulepdp.model.indicateur.Indicateurs.Chiffre;
import fr.cellulepdp.model.indicateur.Indicateurs.IndicateurNational;
import fr.cellulepdp.model.indicateur.Periode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
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

    private final Services services;
    private final ExecuteurTaches executeur;
    private final Dialogues dialogues;
    private final Consumer<Exception> erreur;
    private final DatePicker du = Champs.date("indicateurs-du");
    private final DatePicker au = Champs.date("indicateurs-au");
    private final Label etat = new Label();
    private final VBox resultats = new VBox(16);
    private final Button exporterCsv = new Button("Exporter en CSV…");
    private final Button bilanPdf = new Button("Bilan PDF…");
    private Indicateurs affiches;

    public PageIndicateurs(Services services, ExecuteurTaches executeur, Dialogues dialogues,
                           Consumer<Exception> erreur) {
        super("indicateurs", "Indicateurs", MaterialDesignC.CHART_BAR);
        this.services = services;
        this.executeur = executeur;
        this.dialogues = dialogues;
        this.erreur = erreur;
        int annee = services.horloge().aujourdhui().getYear();
        du.setValue(LocalDate.of(annee, 1, 1));
        au.setValue(LocalDate.of(annee, 12, 31));
        Button calculer = new Button("Calculer");
        calculer.setId("calculer-indicateurs");
        calculer.getStyleClass().add("bouton-principal");
        calculer.setDefaultButton(true);
        calculer.setOnAction(e -> actualiser());
        exporterCsv.setId("exporter-indicateurs-csv");
        exporterCsv.setOnAction(e -> exporterCsv());
        bilanPdf.setId("bilan-indicateurs-pdf");
        bilanPdf.setOnAction(e -> bilanPdf());
        exporterCsv.setDisable(true);
        bilanPdf.setDisable(true);
        etat.setId("etat-indicateurs");
        etat.setWrapText(true);
        Region espace = new Region();
        HBox.setHgrow(espace, Priority.ALWAYS);
        HBox barre = new HBox(10, new Label("Du"), du, new Label("au"), au, calculer, espace, exporterCsv, bilanPdf);
        barre.setAlignment(Pos.CENTER_LEFT);
        resultats.setId("resultats-indicateurs");
        ScrollPane defilement = new ScrollPane(resultats);
        defilement.setFitToWidth(true);
        VBox.setVgrow(defilement, Priority.ALWAYS);
        corps().getChildren().addAll(barre, etat, defilement);
    }

    @Override
    public void actualiser() {
        Periode periode;
        try {
            periode = new Periode(du.getValue(), au.getValue());
        } catch (RuntimeException e) {
            etat.setText(MessagesErreur.refus("Calcul impossible", e));
            return;
        }
        etat.setText("Calcul en cours…");
        executeur.executer(() -> services.calculerIndicateurs().calculer(services.utilisateur(), periode),
                this::afficher, e -> {
                    etat.setText("");
                    erreur.accept(e);
                });
    }

    /** The figures shown, once computed (for tests and exports). */
    public Indicateurs indicateursAffiches() {
        return affiches;
    }

    private void afficher(Indicateurs ind) {
        affiches = ind;
        exporterCsv.setDisable(false);
        bilanPdf.setDisable(false);
        etat.setText("Période du " + Tableaux.texte(ind.periode().du()) + " au "
                + Tableaux.texte(ind.periode().au())
                + ". Cliquez sur un chiffre ou une barre pour voir les situations concernées.");
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
                nationaux(ind.nationaux()));
    }

    /** A section with nothing to chart says so, rather than showing empty axes. */
    private static Node vide(String titre, String explication) {
        Label texte = new Label(explication);
        texte.getStyleClass().add("texte-vide");
        return new VBox(4, Champs.sousTitre(titre), texte);
    }

    private HBox tuiles(Indicateurs ind) {
        HBox tuiles = new HBox(12,
                tuile("tuile-situations", "Situations étudiées", Long.toString(ind.situationsEtudiees().valeur()),
                        ind.situationsEtudiees()),
                tuile("tuile-seances", "Séances tenues", Integer.toString(ind.seances().tenues()), null),
                tuile("tuile-presence", "Présence des membres", Indicateurs.pourcentage(ind.seances().tauxPresence()),
                        null),
                tuile("tuile-delai", "Délai médian demande → décision", ind.delai().decisions() == 0 ? "—"
                        : Indicateurs.jours(ind.delai().medianeJours()) + " j",
                        new Chiffre("Décisions datées", ind.delai().decisions(), ind.delai().situations())),
                tuile("tuile-centile", "90e centile du délai", ind.delai().decisions() == 0 ? "—"
                        : ind.delai().centile90Jours() + " j", null));
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
                colonne("Indicateur", 380, IndicateurNational::libelle),
                colonne("Valeur", 110, n -> n.calculable() ? Long.toString(n.chiffre().valeur()) : "non calculable"),
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
        Set<UUID> ids = chiffre.situations();
        executeur.executer(() -> services.listerSituations().parIdentifiants(services.utilisateur(), ids),
                situations -> new DialogueSituationsDuChiffre(chiffre.libelle(), situations).show(), erreur);
    }

    private void exporterCsv() {
        Indicateurs ind = affiches;
        dialogues.choisirFichierEnregistrement("Exporter les indicateurs en CSV", "indicateurs-" + suffixe(ind)
                + ".csv", "Fichiers CSV (Excel)", "csv").ifPresent(fichier -> executeur.executer(() -> {
                    ExportCsvIndicateurs.ecrire(ind, fichier);
                    return fichier;
                }, this::ecrit, erreur));
    }

    private void bilanPdf() {
        Indicateurs ind = affiches;
        dialogues.choisirFichierEnregistrement("Enregistrer le bilan", "bilan-" + suffixe(ind) + ".pdf",
                "Documents PDF", "pdf").ifPresent(fichier -> executeur.executer(() -> {
                    DossierDocuments.ecrireAtomiquement(fichier, services.editerBilan().editer(ind).contenu());
                    return fichier;
                }, this::ecrit, erreur));
    }

    private void ecrit(Path fichier) {
        etat.setText("Fichier écrit : " + fichier.toAbsolutePath());
    }

    private static String suffixe(Indicateurs ind) {
        return ind.periode().du() + "-" + ind.periode().au();
    }
}
