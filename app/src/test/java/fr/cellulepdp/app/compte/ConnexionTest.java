package fr.cellulepdp.app.compte;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.persistence.base.AccesBase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The login and the inactivity lock as a person uses them, with the keyboard only, through the real dialogs on a real
 * encrypted H2 file: the one journey kept in TestFX (the login's logic is {@link ModeleConnexionTest}'s).
 */
@ExtendWith(ApplicationExtension.class)
class ConnexionTest {

    private static final String MOT_DE_PASSE = "Cellule-PDP-2026!";

    @TempDir
    Path dossier;

    private Services services;
    private Scene scene;
    private final AtomicReference<Optional<Utilisateur>> resultat = new AtomicReference<>();
    private final AtomicReference<Instant> maintenant = new AtomicReference<>(Instant.parse("2026-11-23T09:00:00Z"));

    @Start
    void demarrer(Stage stage) {
        try (Services premier = Services.ouvrir(dossier.resolve("cellule"), maintenant::get)) {
            premier.miseEnPlace().gererComptes().creerPremierPourLaCoordinatrice("helene.martinel",
                    MOT_DE_PASSE.toCharArray(), MOT_DE_PASSE.toCharArray()).utilisateur();
        }
        scene = new Scene(new StackPane(new Label("contenu de la fenêtre")), 600, 400);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void fermer() {
        if (services != null) {
            services.close();
        }
    }

    /** Where the keys go in the dialog shown. */
    private static Node focus(FxRobot robot) {
        return robot.lookup("#connexion-mot-de-passe").query().getScene().getFocusOwner();
    }

    @Test
    void logging_in_then_unlocking_after_inactivity_with_the_keyboard_only(FxRobot robot) {
        Platform.runLater(() -> resultat.set(DialogueConnexion.connexion((login, motDePasse, confirmation) -> {
            services = Services.ouvrir(AccesBase.fichier(dossier.resolve("cellule")), maintenant::get, login,
                    motDePasse);
            return services.utilisateur();
        }).showAndWait()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focus(robot)).as("le curseur est dans « Identifiant »").isNotNull()
                .satisfies(n -> assertThat(n.getId()).isEqualTo("connexion-identifiant"));

        // typed blind: identifiant, Tab, a wrong password, Entrée — then the right one
        // (the click only tells the robot which window takes the keys: the cursor is already there)
        robot.clickOn("#connexion-identifiant").write("helene.martinel").type(KeyCode.TAB);
        assertThat(focus(robot)).satisfies(n -> assertThat(n.getId()).isEqualTo("connexion-mot-de-passe"));
        robot.write("Mauvais-mot-2026").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#connexion-problemes").queryAs(Label.class).getText())
                .contains("identifiant ou mot de passe incorrect");
        assertThat(robot.lookup("#connexion-identifiant").queryAs(TextField.class).getText())
                .isEqualTo("helene.martinel");
        assertThat(focus(robot)).satisfies(n -> assertThat(n.getId()).isEqualTo("connexion-mot-de-passe"));
        robot.write(MOT_DE_PASSE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(resultat.get()).hasValueSatisfying(u -> assertThat(u.identifiant()).isEqualTo("helene.martinel"));

        VerrouillageInactivite verrou = new VerrouillageInactivite(services.session(),
                services.miseEnPlace().seConnecter(),
                () -> Duration.ofMinutes(10), maintenant::get);
        maintenant.set(maintenant.get().plusSeconds(9 * 60));
        robot.interact(verrou::verifier);
        assertThat(verrou.verrouille()).isFalse();
        maintenant.set(maintenant.get().plusSeconds(61));
        robot.interact(verrou::verifier);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(verrou.verrouille()).isTrue();
        assertThat(scene.getRoot().isVisible()).isFalse();
        TextField identifiant = robot.lookup("#connexion-identifiant").queryAs(TextField.class);
        assertThat(identifiant.getText()).isEqualTo("helene.martinel");
        assertThat(identifiant.isEditable()).isFalse();
        assertThat(focus(robot)).as("le curseur est dans le mot de passe").satisfies(n -> assertThat(n.getId())
                .isEqualTo("connexion-mot-de-passe"));

        // keys typed at once may be meant for another window: the dialog takes them after a quiet moment
        robot.clickOn("#connexion-mot-de-passe").write("x").type(KeyCode.ENTER);
        WaitForAsyncUtils.sleep(GardeFrappe.PAUSE.toMillis() + 200, TimeUnit.MILLISECONDS);
        assertThat(verrou.verrouille()).isTrue();
        robot.write(MOT_DE_PASSE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(verrou.verrouille()).isFalse();
        assertThat(scene.getRoot().isVisible()).isTrue();
        verrou.arreter();
    }
}
