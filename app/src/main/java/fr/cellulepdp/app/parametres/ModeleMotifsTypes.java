package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.decision.GererMotifsTypes;
import fr.cellulepdp.model.decision.MotifType;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View model of the standard phrases for decision reasons: the list, the phrase being typed (cleared once added),
 * the one chosen, « Supprimer » enabled only on a choice; every change in the user's name, then the list read again.
 */
final class ModeleMotifsTypes {

    private final GererMotifsTypes motifs;
    private final ExecuteurTaches executeur;
    private final Consumer<Exception> erreur;
    private final ObservableList<MotifType> phrases = FXCollections.observableArrayList();
    final StringProperty nouvelle = new SimpleStringProperty("");
    final ObjectProperty<MotifType> choisie = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper supprimable = new ReadOnlyBooleanWrapper(false);

    ModeleMotifsTypes(GererMotifsTypes motifs, ExecuteurTaches executeur,
                      Consumer<Exception> erreur) {
        this.motifs = motifs;
        this.executeur = executeur;
        this.erreur = erreur;
        supprimable.bind(choisie.isNotNull());
    }

    void actualiser() {
        executeur.executer(() -> motifs.lister(), lues -> {
            phrases.setAll(lues);
            if (!phrases.contains(choisie.get())) {
                choisie.set(null);
            }
        }, erreur);
    }

    /** « Ajouter »: a refused phrase stays typed. */
    void ajouter() {
        String texte = nouvelle.get();
        executeur.executer(() -> motifs.ajouter(texte), m -> {
            nouvelle.set("");
            actualiser();
        }, erreur);
    }

    void supprimer() {
        MotifType phrase = choisie.get();
        if (phrase != null) {
            executeur.executer(() -> {
                motifs.supprimer(phrase.id());
                return phrase;
            }, m -> actualiser(), erreur);
        }
    }

    ObservableList<MotifType> phrases() {
        return phrases;
    }

    ReadOnlyBooleanProperty supprimableProperty() {
        return supprimable.getReadOnlyProperty();
    }
}
