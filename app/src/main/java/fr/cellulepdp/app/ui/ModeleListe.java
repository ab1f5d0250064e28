package fr.cellulepdp.app.ui;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.commun.Nombres;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongFunction;
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
    private final Callable<Lignes<T>> lecture;
    private final LongFunction<String> compte;
    private final Consumer<Exception> erreur;
    private final ObservableList<T> lignes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper resume = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper chargement = new ReadOnlyBooleanWrapper(false);
    /** Counts the readings that replace the rows (JavaFX thread), so that a late {@link #ajouter} is dropped. */
    private long lecturesCompletes;
    /**
     * A reading asked for and not started yet. The reading takes the page's state when it starts, so a second
     * request meanwhile is already served by it: a search typed letter by letter queues at most one reading behind
     * the one running, instead of one per letter.
     */
    private final AtomicBoolean lectureEnAttente = new AtomicBoolean();

    /** Rows read with the total number matching, which may exceed the rows read (a page of results). */
    public record Lignes<T>(List<T> lignes, long total) {
    }

    /** A model whose reading returns every row. */
    public static <T> ModeleListe<T> complet(ExecuteurTaches executeur, Callable<List<T>> lecture,
                                             LongFunction<String> compte, Consumer<Exception> erreur) {
        return new ModeleListe<>(executeur, () -> {
            List<T> lignes = lecture.call();
            return new Lignes<>(lignes, lignes.size());
        }, compte, erreur);
    }

    public ModeleListe(ExecuteurTaches executeur, Callable<Lignes<T>> lecture, LongFunction<String> compte,
                       Consumer<Exception> erreur) {
        this.executeur = executeur;
        this.lecture = lecture;
        this.compte = compte;
        this.erreur = erreur;
    }

    /**
     * Reads the rows again, in place of those shown; nothing more is queued while an earlier request has not
     * started (it will read the state as it is then).
     */
    public void actualiser() {
        lecturesCompletes++;
        chargement.set(true);
        if (!lectureEnAttente.compareAndSet(false, true)) {
            return;
        }
        executeur.executer(() -> {
            lectureEnAttente.set(false);
            return lecture.call();
        }, resultat -> {
            lignes.setAll(resultat.lignes());
            resume.set(compte.apply(resultat.total()));
            // still loading when a newer reading waits (a letter typed while this one ran)
            chargement.set(lectureEnAttente.get());
        }, exception -> {
            chargement.set(lectureEnAttente.get());
            erreur.accept(exception);
        });
    }

    /**
     * Reads more rows and adds them after those shown (the next page), with the new total; dropped if a new
     * reading replaced the rows meanwhile (a search typed while the next page was read).
     */
    public void ajouter(Callable<Lignes<T>> suite) {
        long lecture = lecturesCompletes;
        chargement.set(true);
        executeur.executer(suite, resultat -> {
            if (lecture == lecturesCompletes) {
                lignes.addAll(resultat.lignes());
                resume.set(compte.apply(resultat.total()));
                chargement.set(false);
            }
        }, exception -> {
            if (lecture == lecturesCompletes) {
                chargement.set(false);
                erreur.accept(exception);
            }
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

    /** "aucune situation", "1 situation", "12 situations", "1 234 situations". */
    public static String pluriel(long nombre, String singulier, String pluriel, String aucun) {
        return nombre == 0 ? aucun : nombre == 1 ? "1 " + singulier : Nombres.entier(nombre) + " " + pluriel;
    }
}
