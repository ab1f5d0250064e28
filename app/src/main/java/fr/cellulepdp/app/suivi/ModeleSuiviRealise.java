package fr.cellulepdp.app.suivi;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.suivi.Suivi;
import fr.cellulepdp.model.suivi.SuivreSuivis;
import fr.cellulepdp.model.suivi.SuivreSuivis.LigneSuivi;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * View model of « Suivi réalisé » : the date (today by default) and the note, saved in the user's name; a refusal
 * is said in place and keeps what was typed.
 */
final class ModeleSuiviRealise {

    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problemes = new ReadOnlyStringWrapper("");
    private final SuivreSuivis suivis;
    private final ExecuteurTaches executeur;
    private final LigneSuivi ligne;

    ModeleSuiviRealise(SuivreSuivis suivis, LocalDate aujourdhui,
                       ExecuteurTaches executeur, LigneSuivi ligne) {
        this.suivis = suivis;
        this.executeur = executeur;
        this.ligne = ligne;
        date.set(aujourdhui);
    }

    LigneSuivi ligne() {
        return ligne;
    }

    ReadOnlyStringProperty problemesProperty() {
        return problemes.getReadOnlyProperty();
    }

    /** Records the follow-up done; {@code fait} receives it once saved. */
    void enregistrer(Consumer<Suivi> fait) {
        LocalDate le = date.get();
        String texte = note.get();
        executeur.executer(() -> suivis.marquerRealise(ligne.id(),
                ligne.version(), le, texte), suivi -> {
                    problemes.set("");
                    fait.accept(suivi);
                }, exception -> problemes.set(MessagesErreur.refus("Enregistrement refusé", exception)));
    }
}
