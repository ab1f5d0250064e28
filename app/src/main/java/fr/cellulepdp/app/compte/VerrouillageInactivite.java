package fr.cellulepdp.app.compte;

import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.compte.SeConnecter;
import fr.cellulepdp.model.cellule.Utilisateur;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.InputEvent;
import javafx.stage.Window;

/**
 * Locks the session after the cell's inactivity delay (10 minutes by default, read at each check, so that a new
 * delay saved in Paramètres applies at once): the content of every window of the
 * session (the main window, a meeting's, the projection) is hidden and the same account's password is asked again;
 * « Quitter » closes the application. Any key or mouse event in any of these windows counts as activity, so a
 * meeting being typed in never locks.
 */
public final class VerrouillageInactivite {

    private final Supplier<Duration> delai;
    private final Supplier<Instant> maintenant;
    private final Supplier<Optional<Utilisateur>> deverrouillage;
    private final Timeline verification;
    private final Set<Window> surveillees = Collections.newSetFromMap(new WeakHashMap<>());
    private final EventHandler<InputEvent> activite;
    private volatile Instant derniereActivite;
    private boolean verrouille;

    /**
     * Watches every window of the application, now and to come (call on the JavaFX thread).
     *
     * @param delai read at each check: a delay changed in Paramètres applies at once
     */
    public VerrouillageInactivite(UtilisateurCourant utilisateurCourant, SeConnecter seConnecter,
                                  Supplier<Duration> delai, Supplier<Instant> maintenant) {
        this(delai, maintenant, () -> DialogueConnexion.deverrouillage(utilisateurCourant.utilisateur().identifiant(),
                (login, motDePasse, confirmation) -> seConnecter.connecter(login, motDePasse)).showAndWait());
    }

    /** @param deverrouillage asks the password again; empty when the user quits */
    VerrouillageInactivite(Supplier<Duration> delai, Supplier<Instant> maintenant,
                           Supplier<Optional<Utilisateur>> deverrouillage) {
        this.delai = delai;
        this.maintenant = maintenant;
        this.deverrouillage = deverrouillage;
        this.derniereActivite = maintenant.get();
        this.activite = e -> {
            if (!verrouille) {
                derniereActivite = maintenant.get();
            }
        };
        Window.getWindows().forEach(this::surveiller);
        Window.getWindows().addListener((ListChangeListener<Window>) changement -> {
            while (changement.next()) {
                changement.getAddedSubList().forEach(this::surveiller);
            }
        });
        verification = new Timeline(new KeyFrame(javafx.util.Duration.seconds(15), e -> verifier()));
        verification.setCycleCount(Timeline.INDEFINITE);
    }

    private void surveiller(Window fenetre) {
        if (surveillees.add(fenetre)) {
            fenetre.addEventFilter(InputEvent.ANY, activite);
        }
    }

    public void demarrer() {
        verification.play();
    }

    /** The session ended (log-out): no more checks. */
    public void arreter() {
        verification.stop();
    }

    /** Locks when the delay has passed since the last activity (called every 15 s, and by tests). */
    public void verifier() {
        if (!verrouille && !Duration.between(derniereActivite, maintenant.get()).minus(delai.get()).isNegative()) {
            verrouille = true;
            // not during the animation pulse: a modal dialog may not wait there
            Platform.runLater(this::verrouiller);
        }
    }

    public boolean verrouille() {
        return verrouille;
    }

    private void verrouiller() {
        List<Node> cachees = new ArrayList<>();
        for (Window fenetre : List.copyOf(Window.getWindows())) {
            if (fenetre.getScene() != null && fenetre.getScene().getRoot().isVisible()) {
                fenetre.getScene().getRoot().setVisible(false);
                cachees.add(fenetre.getScene().getRoot());
            }
        }
        Optional<Utilisateur> deverrouille = deverrouillage.get();
        if (deverrouille.isEmpty()) {
            Platform.exit();
            return;
        }
        cachees.forEach(racine -> racine.setVisible(true));
        derniereActivite = maintenant.get();
        verrouille = false;
    }
}
