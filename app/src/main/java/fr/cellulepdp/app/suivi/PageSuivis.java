package fr.cellulepdp.app.suivi;

import static fr.cellulepdp.app.ui.Tableaux.colonne;

import fr.cellulepdp.app.ui.Tableaux;

import fr.cellulepdp.app.ui.ConvertisseurTexte;
import fr.cellulepdp.app.ui.PageTableau;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.suivi.SuivreSuivis.LigneSuivi;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The "Suivis" page: the follow-ups the decisions created, by due date, overdue ones in red; filtered by the
 * member responsible; done ones on request. « Marquer comme réalisé… » (or a double click) records the date and a
 * note. Those due are proposed on the next agenda.
 * Lays out and binds {@link ModeleSuivis}.
 */
public final class PageSuivis extends PageTableau<LigneSuivi> {

    private static final PseudoClass EN_RETARD = PseudoClass.getPseudoClass("en-retard");
    private static final PseudoClass REALISE = PseudoClass.getPseudoClass("realise");

    private final ModeleSuivis modele;

    public PageSuivis(ModeleSuivis modele) {
        super("suivis", "Suivis", MaterialDesignC.CALENDAR_CHECK_OUTLINE, modele.liste(),
                modele.videProperty(),
                // fixed forms (dates, file numbers, states) never cut; free texts wrap, never within a word
                List.of(Tableaux.auMoins(colonne("Échéance", 100, LigneSuivi::echeance), "00/00/0000"),
                        Tableaux.auMoins(colonne("Dossier", 125, LigneSuivi::numeroDossier), "PDP-0000-0000"),
                        Tableaux.auMoins(Tableaux.colonneAvecRetour("Personne", 150, LigneSuivi::personne),
                                "MARCHAND"),
                        Tableaux.auMoins(Tableaux.colonneAvecRetour("Mesure", 190,
                                l -> Tableaux.majuscule(l.mesure())), "professionnelle"),
                        Tableaux.auMoins(Tableaux.colonneAvecRetour("Action", 260, LigneSuivi::action),
                                "thérapeutique"),
                        Tableaux.colonneAvecRetour("Responsable", 140, LigneSuivi::responsable),
                        Tableaux.auMoins(Tableaux.colonneAvecRetour("État", 110, PageSuivis::etat), "00/00/0000"),
                        Tableaux.colonneAvecRetour("Rappel", 120, PageSuivis::rappel),
                        Tableaux.colonneAvecRetour("Note", 160, LigneSuivi::note)));
        this.modele = modele;
        ComboBox<Membre> responsable = new ComboBox<>(modele.responsables());
        responsable.setId("filtre-responsable-suivi");
        responsable.setPromptText("Tous les membres");
        responsable.setConverter(new ConvertisseurTexte<>(m -> m == null ? "Tous les membres" : m.nomComplet()));
        responsable.setCellFactory(liste -> new ListCell<>() {
            @Override
            protected void updateItem(Membre membre, boolean vide) {
                super.updateItem(membre, vide);
                setText(vide ? null : membre == null ? "Tous les membres" : membre.nomComplet());
            }
        });
        responsable.valueProperty().bindBidirectional(modele.responsableProperty());
        CheckBox avecRealises = new CheckBox("Afficher les suivis réalisés");
        avecRealises.setId("filtre-suivis-realises");
        avecRealises.selectedProperty().bindBidirectional(modele.avecRealisesProperty());
        modele.choisieProperty().bind(table().getSelectionModel().selectedItemProperty());
        Button realise = new Button("Marquer comme réalisé…");
        realise.setId("marquer-suivi-realise");
        realise.getStyleClass().add("bouton-principal");
        realise.disableProperty().bind(modele.realisableProperty().not());
        realise.setOnAction(e -> marquerRealise(table().getSelectionModel().getSelectedItem()));
        Label libelle = new Label("Responsable");
        libelle.setLabelFor(responsable);
        HBox barre = new HBox(10, realise, libelle, responsable, avecRealises);
        barre.setAlignment(Pos.CENTER_LEFT);
        ajouterBarre(barre);
        table().setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LigneSuivi ligne, boolean vide) {
                super.updateItem(ligne, vide);
                pseudoClassStateChanged(EN_RETARD, !vide && ligne != null && ligne.enRetard());
                pseudoClassStateChanged(REALISE, !vide && ligne != null && ligne.realise());
                // scrolling (or moving the selection) down to the last row reads the next page
                if (!vide && getIndex() == getTableView().getItems().size() - 1) {
                    modele.finAtteinte();
                }
            }
        });
        surOuverture(this::marquerRealise);
    }

    private static String etat(LigneSuivi l) {
        if (l.realise()) {
            return "Réalisé le " + fr.cellulepdp.app.ui.Tableaux.texte(l.realiseLe());
        }
        return l.enRetard() ? "En retard" : "À faire";
    }

    /** When the responsible member was last reminded of it by e-mail (empty when never). */
    static String rappel(LigneSuivi l) {
        return l.rappeleLe() == null ? "" : "rappelé le " + java.time.format.DateTimeFormatter
                .ofPattern("dd/MM/yyyy 'à' HH:mm").format(l.rappeleLe().atZone(
                        fr.cellulepdp.model.commun.Horloge.FUSEAU_PARIS));
    }

    @Override
    public void actualiser() {
        modele.actualiser();
    }

    private void marquerRealise(LigneSuivi ligne) {
        modele.marquerRealise(ligne).ifPresent(realise -> new DialogueSuiviRealise(realise).showAndWait()
                .ifPresent(s -> actualiser()));
    }
}
