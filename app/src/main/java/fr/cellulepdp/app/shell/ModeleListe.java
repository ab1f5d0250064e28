package fr.cellulepdp.app.shell;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View model of a page that lists rows read through a use case: the rows, a French count, a loading flag,
 * and the error to show. Loading runs on the task executor, never on the JavaFX thread.
 */
public class ModeleListe<T> {

    private final ExecuteurTaches executeur;
    private final Callable<List<T>> lecture;
    private final IntFunction<String> compte;
    private final Consumer<Exception> erreur;
    private final ObservableList<T> lignes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper resume = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper chargement = new ReadOnlyBooleanWrapper(false);

    public ModeleListe(ExecuteurTaches executeur, Callable<List<T>> lecture, IntFunction<String> compte,
                       Consumer<Exception> erreur) {
        this.executeur = executeur;
        this.lecture = lecture;
        this.compte = compte;
        this.erreur = erreur;
    }

    public void actualiser() {
        chargement.set(true);
        executeur.executer(lecture, resultat -> {
            lignes.setAll(resultat);
            resume.set(compte.apply(resultat.size()));
            chargement.set(false);
        }, exception -> {
            chargement.set(false);
            erreur.accept(exception);
        });
    }

    public ObservableList<T> lignes() {
        return lignes;
    }

    public ReadOnlyStringProperty resumeProperty() {
        return resume.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty chargementProperty() {
        return chargement.getReadOnlyProperty();
    }

    /** "aucune situation", "1 situation", "12 situations". */
    public static String pluriel(int nombre, String singulier, String pluriel, String aucun) {
        return nombre == 0 ? aucun : nombre == 1 ? "1 " + singulier : nombre + " " + pluriel;
    }
}
