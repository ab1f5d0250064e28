package fr.cellulepdp.app.compte;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.persistence.base.AccesBase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
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

/** The first account, the login (which opens the encrypted file) and the inactivity lock, through the real dialogs, on a real H2 file. */
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
        services = Services.ouvrir(dossier.resolve("cellule"), maintenant::get);
        scene = new Scene(new StackPane(new Label("contenu de la fenêtre")), 600, 400);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    private void ouvrir(java.util.function.Supplier<DialogueConnexion> dialogue) {
        Platform.runLater(() -> resultat.set(dialogue.get().showAndWait()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the application does at start on a database with accounts: the login opens it. */
    private DialogueConnexion connexion() {
        return DialogueConnexion.connexion((login, motDePasse, confirmation) -> {
            services = Services.ouvrir(AccesBase.fichier(dossier.resolve("cellule")), maintenant::get, login,
                    motDePasse);
            return services.utilisateur();
        });
    }

    @Test
    void the_first_start_creates_the_coordinatrice_s_account_then_the_next_one_logs_in(FxRobot robot) {
        ouvrir(() -> DialogueConnexion.premierCompte((login, motDePasse, confirmation) ->
                DialogueConnexion.creerPremier(services, login, motDePasse, confirmation)));
        robot.clickOn("#connexion-identifiant").write("helene.martinel");
        robot.clickOn("#connexion-mot-de-passe").write("court");
        robot.clickOn("#connexion-confirmation").write("court");
        robot.clickOn("#connexion-valider");
        assertThat(robot.lookup("#connexion-problemes").queryAs(Label.class).getText())
                .contains("Compte refusé", "au moins 12 caractères");
        assertThat(services.gererComptes().aucunCompte()).isTrue();

        robot.interact(() -> {
            robot.lookup("#connexion-mot-de-passe").queryAs(PasswordField.class).setText(MOT_DE_PASSE);
            robot.lookup("#connexion-confirmation").queryAs(PasswordField.class).setText(MOT_DE_PASSE);
        });
        robot.clickOn("#connexion-valider");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(resultat.get()).hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.COORDINATRICE));

        services.close();
        assertThat(AccesBase.fichier(dossier.resolve("cellule")).verrouillee()).isTrue();
        ouvrir(this::connexion);
        robot.clickOn("#connexion-identifiant").write("helene.martinel");
        robot.clickOn("#connexion-mot-de-passe").write("Mauvais-mot-2026");
        robot.clickOn("#connexion-valider");
        assertThat(robot.lookup("#connexion-problemes").queryAs(Label.class).getText())
                .contains("identifiant ou mot de passe incorrect");
        robot.interact(() -> robot.lookup("#connexion-mot-de-passe").queryAs(PasswordField.class)
                .setText(MOT_DE_PASSE));
        robot.clickOn("#connexion-valider");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(resultat.get()).hasValueSatisfying(u -> assertThat(u.identifiant()).isEqualTo("helene.martinel"));
        assertThat(services.utilisateur().identifiant()).isEqualTo("helene.martinel");
    }

    @Test
    void after_the_delay_without_activity_the_window_hides_until_the_password_is_typed_again(FxRobot robot) {
        services.connecter(services.gererComptes().creerPremier("helene.martinel", null, MOT_DE_PASSE.toCharArray(),
                MOT_DE_PASSE.toCharArray()).utilisateur());
        VerrouillageInactivite verrou = new VerrouillageInactivite(services, Duration.ofMinutes(10),
                maintenant::get);
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

        // keys typed at once may be meant for another window: the dialog takes them after a quiet moment
        WaitForAsyncUtils.sleep(GardeFrappe.PAUSE.toMillis() + 200, java.util.concurrent.TimeUnit.MILLISECONDS);
        robot.clickOn("#connexion-mot-de-passe").write(MOT_DE_PASSE);
        robot.clickOn("#connexion-valider");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(verrou.verrouille()).isFalse();
        assertThat(scene.getRoot().isVisible()).isTrue();
    }
}
