package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.shell.Dialogues;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.MessagesErreur;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.seance.DossierSeance;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The meeting window's state: the meeting as last read, and the agenda item in view (shared by the meeting view and
 * the projection). Every action runs in the background, then the meeting is read again, so that what is shown is
 * always what is saved. On a database shared by several computers, {@link #suivreLesAutresPostes} reads every second
 * a marker of the meeting and its decisions, and the meeting again when another client changed it: what the others
 * enter shows within two seconds.
 */
final class ModeleSeance {

    private static final Logger LOG = LoggerFactory.getLogger(ModeleSeance.class);

    private final Services services;
    private final ExecuteurTaches executeur;
    private final Dialogues dialogues;
    private final UUID seanceId;
    private final ObjectProperty<DossierSeance> dossier = new SimpleObjectProperty<>();
    private final IntegerProperty courant = new SimpleIntegerProperty(0);
    /** The change marker read with the meeting shown (null before the first reading). */
    private volatile String marqueurLu;
    /** Readings and actions under way: no polling reload meanwhile, they read the meeting again themselves. */
    private final AtomicInteger travaux = new AtomicInteger();
    private ScheduledExecutorService suivi;

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

    private record Lecture(String marqueur, DossierSeance dossier) {
    }

    void recharger() {
        travaux.incrementAndGet();
        executeur.executer(() -> {
            // the marker first: a change saved while the meeting is read shows at the next poll
            String marqueur = services.consulterSeance().marqueur(seanceId);
            return new Lecture(marqueur, services.consulterSeance().consulter(services.utilisateur(), seanceId));
        }, lu -> {
            travaux.decrementAndGet();
            marqueurLu = lu.marqueur();
            dossier.set(lu.dossier());
            if (courant.get() >= lu.dossier().points().size()) {
                courant.set(Math.max(0, lu.dossier().points().size() - 1));
            }
        }, exception -> {
            travaux.decrementAndGet();
            signaler(exception);
        });
    }

    /** Runs an action that saves, then reads the meeting again; a refusal is shown in French, nothing changed. */
    <T> void agir(Callable<T> action, Consumer<T> ensuite) {
        agir(action, ensuite, () -> { });
    }

    /** Like {@link #agir(Callable, Consumer)}, with {@code apresRefus} run once a refusal has been shown. */
    <T> void agir(Callable<T> action, Consumer<T> ensuite, Runnable apresRefus) {
        travaux.incrementAndGet();
        executeur.executer(action, resultat -> {
            travaux.decrementAndGet();
            ensuite.accept(resultat);
            recharger();
        }, exception -> {
            travaux.decrementAndGet();
            signaler(exception);
            apresRefus.run();
            recharger();
        });
    }

    /**
     * Reads the meeting's change marker and, when another client saved the meeting or one of its decisions since the
     * meeting shown was read, asks {@code filInterface} to read it again. Returns true when it did.
     */
    boolean verifierChangements(Executor filInterface) {
        String lu = marqueurLu;
        if (lu == null || travaux.get() > 0) {
            return false;
        }
        if (services.consulterSeance().marqueur(seanceId).equals(lu)) {
            return false;
        }
        filInterface.execute(() -> {
            if (travaux.get() == 0) {
                recharger();
            }
        });
        return true;
    }

    /**
     * Polls the database every {@code periode} for the others' changes (see {@link #verifierChangements}), on a
     * thread of its own, until {@link #arreterSuivi()}. A server that does not answer is only logged: the next poll
     * tries again.
     */
    void suivreLesAutresPostes(Duration periode, Executor filInterface) {
        arreterSuivi();
        ScheduledExecutorService fil = Executors.newSingleThreadScheduledExecutor(travail -> {
            Thread thread = new Thread(travail, "cellule-pdp-suivi-seance");
            thread.setDaemon(true);
            return thread;
        });
        fil.scheduleWithFixedDelay(() -> {
            try {
                verifierChangements(filInterface);
            } catch (RuntimeException e) {
                // the type only: messages may quote user data
                LOG.warn("Suivi de la séance en échec : {}", e.getClass().getName());
            }
        }, periode.toMillis(), periode.toMillis(), TimeUnit.MILLISECONDS);
        suivi = fil;
    }

    void arreterSuivi() {
        if (suivi != null) {
            suivi.shutdownNow();
            suivi = null;
        }
    }

    void signaler(Exception exception) {
        dialogues.erreur("Séance", MessagesErreur.pourUtilisateur(exception));
    }
}
