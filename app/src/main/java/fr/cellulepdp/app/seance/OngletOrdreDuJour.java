package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.ui.Champs;
import fr.cellulepdp.app.ui.ConvertisseurTexte;
import fr.cellulepdp.app.ui.LectureSeule;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.seance.CategoriePoint;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.PointOrdreDuJour;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;

/**
 * Prepares the agenda: the items in order (drag and drop, or Alt+↑ / Alt+↓; Suppr removes), the planned minutes and
 * the recused members of the selected item, the total length; the proposal from the waiting requests on the right.
 * Every change is saved at once.
 */
final class OngletOrdreDuJour extends HBox {

    private final ModeleSeance modele;
    private final ObservableList<DossierSeance.Point> points = FXCollections.observableArrayList();
    private final ListView<DossierSeance.Point> agenda = new ListView<>(points);
    private final ObservableList<DossierSeance.Point> propositions = FXCollections.observableArrayList();
    private final ListView<DossierSeance.Point> proposees = new ListView<>(propositions);
    private final Spinner<Integer> minutes = new Spinner<>(0, 240, 10, 5);
    private final CheckComboBox<Membre> recuses = new CheckComboBox<>();
    private final Label total = new Label();
    private boolean miseAJour;
    /** The selected item's minutes and recusals: their values show in the rows and the meeting view once closed. */
    private final HBox duPoint;
    private final HBox deplacements;
    private final VBox droite;

    OngletOrdreDuJour(ModeleSeance modele) {
        super(16);
        this.modele = modele;
        agenda.setId("liste-ordre-du-jour");
        agenda.setCellFactory(v -> new CelluleDeplacable());
        agenda.setPlaceholder(new Label("Ordre du jour vide : cliquez sur « Proposer »."));
        agenda.setOnKeyPressed(e -> {
            int index = agenda.getSelectionModel().getSelectedIndex();
            if (index < 0 || !modifiable()) {
                return;
            }
            if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                deplacer(index, index - 1);
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                deplacer(index, index + 1);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                retirer(index);
                e.consume();
            }
        });
        minutes.setId("minutes-point");
        minutes.setEditable(true);
        minutes.setPrefWidth(90);
        minutes.valueProperty().addListener((o, a, b) -> changerPoint());
        recuses.setId("recuses-point");
        recuses.setTitle("Membres récusés");
        recuses.setConverter(new ConvertisseurTexte<>(Membre::nomComplet));
        recuses.getCheckModel().getCheckedItems().addListener(
                (javafx.collections.ListChangeListener<Membre>) c -> changerPoint());
        agenda.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> montrer(b));
        total.setId("duree-totale");
        Button monter = new Button("Monter");
        monter.setOnAction(e -> deplacer(agenda.getSelectionModel().getSelectedIndex(),
                agenda.getSelectionModel().getSelectedIndex() - 1));
        Button descendre = new Button("Descendre");
        descendre.setOnAction(e -> deplacer(agenda.getSelectionModel().getSelectedIndex(),
                agenda.getSelectionModel().getSelectedIndex() + 1));
        Button retirer = new Button("Retirer");
        retirer.setId("retirer-point");
        retirer.setOnAction(e -> retirer(agenda.getSelectionModel().getSelectedIndex()));
        deplacements = new HBox(8, monter, descendre, retirer);
        Label libelleMinutes = new Label("Minutes prévues");
        libelleMinutes.setLabelFor(minutes);
        duPoint = new HBox(8, libelleMinutes, minutes, recuses);
        duPoint.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox gauche = new VBox(8, Champs.sousTitre("Ordre du jour"), agenda, deplacements, duPoint, total);
        VBox.setVgrow(agenda, Priority.ALWAYS);
        HBox.setHgrow(gauche, Priority.ALWAYS);

        proposees.setId("liste-propositions");
        proposees.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        proposees.setCellFactory(v -> new ListCell<>() {
            {
                auLargeDeLaListe(this);
            }

            @Override
            protected void updateItem(DossierSeance.Point point, boolean vide) {
                super.updateItem(point, vide);
                setText(vide || point == null ? null : libelle(point));
            }
        });
        proposees.setPlaceholder(new Label("Aucune proposition."));
        Button proposer = new Button("Proposer");
        proposer.setId("proposer-ordre-du-jour");
        proposer.getStyleClass().add("bouton-principal");
        proposer.setOnAction(e -> proposer());
        Button ajouter = new Button("Ajouter la sélection");
        ajouter.setId("ajouter-propositions");
        ajouter.setOnAction(e -> ajouter(new ArrayList<>(proposees.getSelectionModel().getSelectedItems())));
        Button toutAjouter = new Button("Tout ajouter");
        toutAjouter.setId("ajouter-toutes-propositions");
        toutAjouter.setOnAction(e -> ajouter(new ArrayList<>(propositions)));
        droite = new VBox(8, Champs.sousTitre("Propositions (urgent, complexe, plus ancien ; suivis échus)"),
                new HBox(8, proposer, ajouter, toutAjouter), proposees);
        VBox.setVgrow(proposees, Priority.ALWAYS);
        droite.setPrefWidth(560);
        getChildren().setAll(gauche, droite);
        // the coordinatrice sets the agenda of a meeting planned or open; the others, and a record, read it
        Champs.montrerSi(modele.registreModifiableProperty(), deplacements, droite, duPoint);
        LectureSeule.saufSi(modele.registreModifiableProperty(), agenda);
        setPadding(new javafx.geometry.Insets(12));
        modele.dossierProperty().addListener((o, a, dossier) -> afficher(dossier));
    }

    private void afficher(DossierSeance dossier) {
        miseAJour = true;
        int selection = agenda.getSelectionModel().getSelectedIndex();
        points.setAll(dossier.points());
        recuses.getItems().setAll(dossier.membres());
        agenda.getSelectionModel().select(Math.min(selection, points.size() - 1));
        int duree = dossier.seance().dureePrevueMinutes();
        total.setText("Durée totale prévue : " + Duree.enHeures(duree) + " (" + points.size() + " point"
                + (points.size() > 1 ? "s" : "") + ")");
        miseAJour = false;
        montrer(agenda.getSelectionModel().getSelectedItem());
    }

    private void montrer(DossierSeance.Point point) {
        miseAJour = true;
        minutes.setDisable(point == null || !modifiable());
        recuses.setDisable(point == null || !modifiable());
        recuses.getCheckModel().clearChecks();
        if (point != null) {
            minutes.getValueFactory().setValue(point.point().dureePrevueMinutes());
            recuses.getItems().stream().filter(m -> point.point().membresRecuses().contains(m.id()))
                    .forEach(m -> recuses.getCheckModel().check(m));
        }
        miseAJour = false;
    }

    /** The coordinatrice, on a meeting planned or open: the agenda can change. */
    private boolean modifiable() {
        return modele.registreModifiableProperty().get();
    }

    private void changerPoint() {
        DossierSeance.Point choisi = agenda.getSelectionModel().getSelectedItem();
        if (miseAJour || choisi == null) {
            return;
        }
        PointOrdreDuJour p = choisi.point();
        Set<UUID> recusation = new HashSet<>();
        recuses.getCheckModel().getCheckedItems().forEach(m -> recusation.add(m.id()));
        Integer duree = minutes.getValue();
        if (duree == null || (duree == p.dureePrevueMinutes() && recusation.equals(p.membresRecuses()))) {
            return;
        }
        List<PointOrdreDuJour> nouveaux = actuels();
        nouveaux.set(agenda.getSelectionModel().getSelectedIndex(), new PointOrdreDuJour(p.id(), p.situationId(),
                p.demandeIds(), p.categorie(), duree, recusation));
        enregistrer(nouveaux);
    }

    private void proposer() {
        modele.executeur().executer(modele.actions()::proposer, propositions::setAll, modele::signaler);
    }

    private void ajouter(List<DossierSeance.Point> choisis) {
        if (choisis.isEmpty()) {
            return;
        }
        List<PointOrdreDuJour> nouveaux = actuels();
        choisis.forEach(p -> nouveaux.add(p.point()));
        propositions.removeAll(choisis);
        enregistrer(nouveaux);
    }

    private void retirer(int index) {
        if (index < 0) {
            return;
        }
        List<PointOrdreDuJour> nouveaux = actuels();
        nouveaux.remove(index);
        enregistrer(nouveaux);
    }

    void deplacer(int depuis, int vers) {
        if (depuis < 0 || vers < 0 || vers >= points.size() || depuis == vers) {
            return;
        }
        List<PointOrdreDuJour> nouveaux = actuels();
        nouveaux.add(vers, nouveaux.remove(depuis));
        enregistrer(nouveaux);
        agenda.getSelectionModel().select(vers);
    }

    private List<PointOrdreDuJour> actuels() {
        return new ArrayList<>(points.stream().map(DossierSeance.Point::point).toList());
    }

    private void enregistrer(List<PointOrdreDuJour> nouveaux) {
        var seance = modele.dossier().seance();
        modele.agir(() -> modele.actions().enregistrerOrdreDuJour(seance, nouveaux), s -> { });
    }

    static String libelle(DossierSeance.Point p) {
        return p.situation().numeroDossier() + " — " + p.assure().nom().toUpperCase() + " " + p.assure().prenom()
                + " — " + (p.demandes().isEmpty() ? "suivis échus" : p.mesures())
                + (p.point().categorie() == CategoriePoint.SUIVI ? "" : " — " + p.point().categorie().libelle())
                + " — " + p.point().dureePrevueMinutes() + "\u00a0min"
                + (p.point().membresRecuses().isEmpty() ? "" : " — récusation(s) : " + p.point().membresRecuses().size());
    }


    /**
     * The row takes the list's width and wraps its text between words, so that a long measure's name or a long
     * surname never asks for a horizontal scroll (1280 px wide at 150 %, or 1366 px).
     */
    private static void auLargeDeLaListe(ListCell<?> cellule) {
        cellule.setWrapText(true);
        cellule.setPrefWidth(0);
    }

    /** An agenda row that can be dragged onto another row to take its place. */
    private final class CelluleDeplacable extends ListCell<DossierSeance.Point> {

        CelluleDeplacable() {
            auLargeDeLaListe(this);
            setOnDragDetected(e -> {
                if (getItem() == null || !modifiable()) {
                    return;
                }
                ClipboardContent contenu = new ClipboardContent();
                contenu.putString(Integer.toString(getIndex()));
                startDragAndDrop(TransferMode.MOVE).setContent(contenu);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() != this && e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                boolean fait = e.getDragboard().hasString();
                if (fait) {
                    deplacer(Integer.parseInt(e.getDragboard().getString()),
                            getItem() == null ? points.size() - 1 : getIndex());
                }
                e.setDropCompleted(fait);
                e.consume();
            });
        }

        @Override
        protected void updateItem(DossierSeance.Point point, boolean vide) {
            super.updateItem(point, vide);
            setText(vide || point == null ? null : (getIndex() + 1) + ". " + libelle(point));
        }
    }
}
