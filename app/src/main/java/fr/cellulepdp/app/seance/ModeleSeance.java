package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.shell.Dialogues;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.MessagesErreur;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.seance.DossierSeance;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The meeting window's state: the meeting as last read, and the agenda item in view (shared by the meeting view and
 * the projection). Every action runs in the background, then the meeting is read again, so that what is shown is
 * always what is saved.
 */
final class ModeleSeance {

    private final Services services;
    private final ExecuteurTaches executeur;
    private final Dialogues dialogues;
    private final UUID seanceId;
    private final ObjectProperty<DossierSeance> dossier = new SimpleObjectProperty<>();
    private final IntegerProperty courant = new SimpleIntegerProperty(0);

    ModeleSeance(Services services, ExecuteurTaches executeur, Dialogues dialogues, UUID seanceId) {
        this.services = services;
        this.executeur = executeur;
        this.dialogues = dialogues;
        this.seanceId = seanceId;
    }

    Services services() {
        return services;
    }

    Dialogues dialogues() {
        return dialogues;
    }

    ExecuteurTaches executeur() {
        return executeur;
    }

    UUID seanceId() {
        return seanceId;
    }

    ReadOnlyObjectProperty<DossierSeance> dossierProperty() {
        return dossier;
    }

    DossierSeance dossier() {
        return dossier.get();
    }

    IntegerProperty courantProperty() {
        return courant;
    }

    /** The item in view, or null when the agenda is empty. */
    DossierSeance.Point pointCourant() {
        DossierSeance d = dossier.get();
        return d == null || d.points().isEmpty() ? null : d.points().get(Math.min(courant.get(), d.points().size() - 1));
    }

    void recharger() {
        executeur.executer(() -> services.consulterSeance().consulter(services.utilisateur(), seanceId), lu -> {
            dossier.set(lu);
            if (courant.get() >= lu.points().size()) {
                courant.set(Math.max(0, lu.points().size() - 1));
            }
        }, this::signaler);
    }

    /** Runs an action that saves, then reads the meeting again; a refusal is shown in French, nothing changed. */
    <T> void agir(Callable<T> action, Consumer<T> ensuite) {
        executeur.executer(action, resultat -> {
            ensuite.accept(resultat);
            recharger();
        }, exception -> {
            signaler(exception);
            recharger();
        });
    }

    void signaler(Exception exception) {
        dialogues.erreur("Séance", MessagesErreur.pourUtilisateur(exception));
    }
}
