package fr.cellulepdp.app.suivi;

import static fr.cellulepdp.app.shell.Tableaux.colonne;

import fr.cellulepdp.app.shell.ConvertisseurTexte;
import fr.cellulepdp.app.shell.ModeleListe;
import fr.cellulepdp.app.shell.PageTableau;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.suivi.SuivreSuivis.LigneSuivi;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
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
 */
public final class PageSuivis extends PageTableau<LigneSuivi> {

    private static final PseudoClass EN_RETARD = PseudoClass.getPseudoClass("en-retard");
    private static final PseudoClass REALISE = PseudoClass.getPseudoClass("realise");

    private final Services services;
    private final ExecuteurTaches executeur;
    private final Consumer<Exception> erreur;
    private final ComboBox<Membre> responsable = new ComboBox<>();
    private final CheckBox avecRealises = new CheckBox("Afficher les suivis réalisés");
    private volatile UUID responsableChoisi;
    private volatile boolean realisesAffiches;

    private PageSuivis(Services services, ExecuteurTaches executeur, Consumer<Exception> erreur, Lecture lecture) {
        super("suivis", "Suivis", MaterialDesignC.CALENDAR_CHECK_OUTLINE,
                ModeleListe.complet(executeur, lecture::lire,
                        n -> ModeleListe.pluriel(n, "suivi", "suivis", "aucun suivi"), erreur),
                "Aucun suivi à faire.",
                List.of(colonne("Échéance", 100, LigneSuivi::echeance),
                        colonne("Dossier", 120, LigneSuivi::numeroDossier),
                        colonne("Personne", 170, LigneSuivi::personne),
                        colonne("Mesure", 170, l -> fr.cellulepdp.app.shell.Tableaux.majuscule(l.mesure())),
                        colonne("Action", 280, LigneSuivi::action),
                        colonne("Responsable", 160, LigneSuivi::responsable),
                        colonne("État", 150, PageSuivis::etat),
                        colonne("Rappel", 190, PageSuivis::rappel),
                        colonne("Note", 240, LigneSuivi::note)));
        this.services = services;
        this.executeur = executeur;
        this.erreur = erreur;
        lecture.page = this;
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
        responsable.valueProperty().addListener((o, a, n) -> {
            responsableChoisi = n == null ? null : n.id();
            actualiser();
        });
        avecRealises.setId("filtre-suivis-realises");
        avecRealises.selectedProperty().addListener((o, a, n) -> {
            realisesAffiches = n;
            actualiser();
        });
        Button realise = new Button("Marquer comme réalisé…");
        realise.setId("marquer-suivi-realise");
        realise.getStyleClass().add("bouton-principal");
        realise.disableProperty().bind(table().getSelectionModel().selectedItemProperty().isNull());
        realise.setOnAction(e -> marquerRealise(table().getSelectionModel().getSelectedItem()));
        Label libelle = new Label("Responsable");
        HBox barre = new HBox(10, realise, libelle, responsable, avecRealises);
        barre.setAlignment(Pos.CENTER_LEFT);
        ajouterBarre(barre);
        table().setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LigneSuivi ligne, boolean vide) {
                super.updateItem(ligne, vide);
                pseudoClassStateChanged(EN_RETARD, !vide && ligne != null && ligne.enRetard());
                pseudoClassStateChanged(REALISE, !vide && ligne != null && ligne.realise());
            }
        });
        surOuverture(this::marquerRealise);
    }

    /** The reading needs the page's filters, which exist only once the page is built. */
    private static final class Lecture {
        private PageSuivis page;

        List<LigneSuivi> lire() {
            return page.services.suivreSuivis().lister(page.services.utilisateur(), page.responsableChoisi,
                    page.realisesAffiches);
        }
    }

    public static PageSuivis creer(Services services, ExecuteurTaches executeur, Consumer<Exception> erreur) {
        return new PageSuivis(services, executeur, erreur, new Lecture());
    }

    private static String etat(LigneSuivi l) {
        if (l.realise()) {
            return "Réalisé le " + fr.cellulepdp.app.shell.Tableaux.texte(l.realiseLe());
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
        super.actualiser();
        executeur.executer(() -> services.stockage().membres().findAll().stream().filter(Membre::actif)
                .sorted(Comparator.comparing(Membre::nom)).toList(), membres -> {
                    Membre choisi = responsable.getValue();
                    List<Membre> connus = responsable.getItems().stream().filter(java.util.Objects::nonNull).toList();
                    if (!connus.equals(membres)) {
                        responsable.getItems().setAll(membres);
                        responsable.getItems().add(0, null);
                        responsable.setValue(choisi);
                    }
                }, erreur);
    }

    private void marquerRealise(LigneSuivi ligne) {
        if (ligne == null || ligne.realise()) {
            return;
        }
        new DialogueSuiviRealise(services, executeur, ligne).showAndWait().ifPresent(s -> actualiser());
    }
}
