package fr.cellulepdp.app.compte;

import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Utilisateur;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/**
 * Locks the session after the cell's inactivity delay (10 minutes by default): the window's content is hidden and
 * the same account's password is asked again; « Quitter » closes the application. Any key or mouse event counts as
 * activity.
 */
public final class VerrouillageInactivite {

    private final Scene scene;
    private final Services services;
    private final Duration delai;
    private final Supplier<Instant> maintenant;
    private final Timeline verification;
    private volatile Instant derniereActivite;
    private boolean verrouille;

    public VerrouillageInactivite(Scene scene, Services services, Duration delai, Supplier<Instant> maintenant) {
        this.scene = scene;
        this.services = services;
        this.delai = delai;
        this.maintenant = maintenant;
        this.derniereActivite = maintenant.get();
        scene.addEventFilter(InputEvent.ANY, e -> derniereActivite = maintenant.get());
        verification = new Timeline(new KeyFrame(javafx.util.Duration.seconds(15), e -> verifier()));
        verification.setCycleCount(Timeline.INDEFINITE);
    }

    public void demarrer() {
        verification.play();
    }

    /** Locks when the delay has passed since the last activity (called every 15 s, and by tests). */
    public void verifier() {
        if (!verrouille && !Duration.between(derniereActivite, maintenant.get()).minus(delai).isNegative()) {
            verrouille = true;
            // not during the animation pulse: a modal dialog may not wait there
            Platform.runLater(this::verrouiller);
        }
    }

    public boolean verrouille() {
        return verrouille;
    }

    private void verrouiller() {
        scene.getRoot().setVisible(false);
        Optional<Utilisateur> deverrouille = DialogueConnexion.deverrouillage(services).showAndWait();
        if (deverrouille.isEmpty()) {
            Platform.exit();
            return;
        }
        scene.getRoot().setVisible(true);
        derniereActivite = maintenant.get();
        verrouille = false;
    }
}
