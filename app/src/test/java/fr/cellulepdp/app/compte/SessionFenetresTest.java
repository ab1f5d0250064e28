package fr.cellulepdp.app.compte;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The session's windows, headless: the inactivity lock watches and hides every window (a meeting's too). The login
 * dialog's keyboard journey is {@link ConnexionTest}'s.
 */
@ExtendWith(ApplicationExtension.class)
class SessionFenetresTest {

    private static final Utilisateur HELENE = new Utilisateur(null, "helene.martinel", Role.COORDINATRICE);

    private final AtomicReference<Instant> maintenant = new AtomicReference<>(Instant.parse("2026-11-23T09:00:00Z"));
    private final List<Boolean> visiblesPendantLeVerrou = new ArrayList<>();
    private Stage principale;
    private Stage seance;
    private VerrouillageInactivite verrou;
    private final DelaiVerrouillage delai = new DelaiVerrouillage(10);

    @Start
    void demarrer(Stage stage) {
        principale = stage;
        stage.setScene(new Scene(new StackPane(new TextField()), 300, 200));
        stage.show();
        seance = new Stage();
        seance.setScene(new Scene(new StackPane(new TextArea()), 300, 200));
        seance.show();
        verrou = new VerrouillageInactivite(delai::delai, maintenant::get, () -> {
            visiblesPendantLeVerrou.add(principale.getScene().getRoot().isVisible());
            visiblesPendantLeVerrou.add(seance.getScene().getRoot().isVisible());
            return Optional.of(HELENE);
        });
    }

    private void avancer(long minutes) {
        maintenant.set(maintenant.get().plusSeconds(minutes * 60));
    }

    @Test
    void typing_in_the_meeting_window_keeps_the_session_open_and_the_lock_hides_every_window(FxRobot robot) {
        avancer(9);
        Node racineSeance = seance.getScene().getRoot();
        robot.interact(() -> Event.fireEvent(racineSeance, new KeyEvent(KeyEvent.KEY_PRESSED, "a", "a", KeyCode.A,
                false, false, false, false)));
        avancer(2);
        robot.interact(verrou::verifier);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(verrou.verrouille()).as("la coordinatrice tape dans la fenêtre de la séance").isFalse();
        assertThat(visiblesPendantLeVerrou).isEmpty();

        avancer(10);
        robot.interact(verrou::verifier);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visiblesPendantLeVerrou).as("aucune fenêtre ne montre de nom derrière le verrou")
                .containsExactly(false, false);
        assertThat(verrou.verrouille()).isFalse();
        assertThat(principale.getScene().getRoot().isVisible()).isTrue();
        assertThat(racineSeance.isVisible()).isTrue();
    }

    @Test
    void a_delay_changed_in_the_settings_applies_to_the_running_session_at_once(FxRobot robot) {
        avancer(3);
        robot.interact(verrou::verifier);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(verrou.verrouille()).as("10 minutes au démarrage").isFalse();

        // Paramètres › Protection saves 2 minutes: the next check locks, without a new start
        delai.changer(2);
        robot.interact(verrou::verifier);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visiblesPendantLeVerrou).as("verrouillée après 3 minutes").containsExactly(false, false);

        // and back to 30: 20 minutes idle no longer lock
        delai.changer(30);
        avancer(20);
        robot.interact(verrou::verifier);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visiblesPendantLeVerrou).as("pas de second verrouillage").hasSize(2);
    }

}
