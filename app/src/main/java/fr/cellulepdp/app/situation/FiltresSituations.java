package fr.cellulepdp.app.situation;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.commun.Libelle;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.StatutSituation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.animation.PauseTransition;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;

/**
 * The search field and filters of the Situations page. Typing waits for a short pause before searching, so
 * that each keystroke does not query the database; each filter change searches at once.
 */
final class FiltresSituations {

    /**
     * Folds a burst of keys (a fast typist, a key held down) into one search, and leaves most of the 150 ms between
     * the last keystroke and the first results (issue 22) to the search itself: a new window's first search by a
     * frequent first name reads for some 60 ms. Letters typed while a search runs never pile searches up: the
     * list queues at most one behind it ({@code ModeleListe#actualiser}).
     */
    private static final Duration PAUSE_FRAPPE = Duration.millis(40);
    private static final String TOUS_REFERENTS = "Tous les référents";

    private final TextField texte = new TextField();
    private final ComboBox<String> statut = choix("Tous les statuts", StatutSituation.values());
    private final ComboBox<String> origine = choix("Toutes les origines", Origine.values());
    private final ComboBox<String> risque = choix("Tous les risques", Risque.values());
    private final ComboBox<String> referent = new ComboBox<>();
    /** The id behind each choice of {@link #referent} after the first ("all"). */
    private final List<UUID> idsReferents = new ArrayList<>();
    private final CheckBox urgent = new CheckBox("Urgentes");
    private final CheckBox complexe = new CheckBox("Complexes");
    private final CheckBox enAttente = new CheckBox("Avec demandes en attente");
    private final FlowPane barre;

    private final javafx.scene.control.Button nouvelle = new javafx.scene.control.Button("_Nouvelle situation…");

    FiltresSituations(Runnable rechercher, Runnable nouvelleSituation) {
        texte.setId("recherche-situations");
        texte.setPromptText("Rechercher : nom, n° de dossier, employeur, ou NIR complet");
        texte.setPrefColumnCount(32);
        statut.setId("filtre-statut");
        origine.setId("filtre-origine");
        risque.setId("filtre-risque");
        referent.setId("filtre-referent");
        referent.getItems().setAll(TOUS_REFERENTS);
        referent.getSelectionModel().selectFirst();
        urgent.setId("filtre-urgent");
        complexe.setId("filtre-complexe");
        enAttente.setId("filtre-en-attente");
        PauseTransition pause = new PauseTransition(PAUSE_FRAPPE);
        pause.setOnFinished(e -> rechercher.run());
        texte.textProperty().addListener((obs, avant, apres) -> pause.playFromStart());
        texte.setOnAction(e -> {
            pause.stop();
            rechercher.run();
        });
        List.of(statut, origine, risque, referent).forEach(c -> c.setOnAction(e -> rechercher.run()));
        List.of(urgent, complexe, enAttente).forEach(c -> c.setOnAction(e -> rechercher.run()));
        nouvelle.setId("nouvelle-situation");
        nouvelle.getStyleClass().add("bouton-principal");
        // null for the roles that do not create files
        fr.cellulepdp.app.ui.Champs.montrerSi(nouvelleSituation != null, nouvelle);
        nouvelle.setOnAction(e -> nouvelleSituation.run());
        barre = new FlowPane(10, 8, nouvelle, texte, statut, origine, risque, referent, urgent, complexe, enAttente);
        barre.getStyleClass().add("barre-filtres");
    }

    /** The criteria as the fields stand now (read on the JavaFX thread, used on the background one). */
    CritereSituations critere() {
        return new CritereSituations(texte.getText(), true, choisi(statut, StatutSituation.values()),
                choisi(origine, Origine.values()), choisi(risque, Risque.values()),
                choisi(referent, idsReferents.toArray(UUID[]::new)),
                urgent.isSelected() ? Boolean.TRUE : null, complexe.isSelected() ? Boolean.TRUE : null,
                enAttente.isSelected(), 0, CritereSituations.LIMITE_PAR_DEFAUT);
    }

    /** The référents to filter on, as the cell has them now; the one chosen stays chosen if still there. */
    void referents(List<Membre> membres) {
        UUID choisi = choisi(referent, idsReferents.toArray(UUID[]::new));
        idsReferents.clear();
        List<String> libelles = new ArrayList<>(List.of(TOUS_REFERENTS));
        for (Membre membre : membres) {
            idsReferents.add(membre.id());
            libelles.add(membre.nomComplet());
        }
        // setting the items fires no action: the search runs only if the user changes the choice
        EventHandler<ActionEvent> action = referent.getOnAction();
        referent.setOnAction(null);
        referent.getItems().setAll(libelles);
        referent.getSelectionModel().select(choisi == null ? 0 : idsReferents.indexOf(choisi) + 1);
        referent.setOnAction(action);
    }

    /** Shows one file: its number in the search field, searched at once. */
    void chercher(String texteRecherche) {
        texte.setText(texteRecherche);
        texte.fireEvent(new javafx.event.ActionEvent());
    }

    FlowPane barre() {
        return barre;
    }

    /** A choice of "all" then every label; index 0 means no filter. */
    private static ComboBox<String> choix(String tous, Libelle[] valeurs) {
        List<String> libelles = new ArrayList<>();
        libelles.add(tous);
        for (Libelle valeur : valeurs) {
            libelles.add(valeur.libelle());
        }
        ComboBox<String> choix = new ComboBox<>();
        choix.getItems().setAll(libelles);
        choix.getSelectionModel().selectFirst();
        return choix;
    }

    private static <E> E choisi(ComboBox<String> choix, E[] valeurs) {
        int index = choix.getSelectionModel().getSelectedIndex();
        return index <= 0 ? null : valeurs[index - 1];
    }
}
