package fr.cellulepdp.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.situation.ResumeSituation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless, on a real H2 file database. */
@ExtendWith(ApplicationExtension.class)
class FenetrePrincipaleTest {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-23T09:00:00Z"));

    @TempDir
    Path dossier;

    private Services services;
    private FenetrePrincipale fenetre;
    private final List<String> erreurs = new ArrayList<>();
    private boolean reponseConfirmation = true;

    @Start
    void demarrer(Stage stage) {
        services = Services.ouvrir(dossier.resolve("cellule"), HORLOGE);
        fenetre = new FenetrePrincipale(services, ExecuteurTaches.synchrone(), new Dialogues() {
            @Override
            public boolean confirmer(String titre, String question) {
                return reponseConfirmation;
            }

            @Override
            public void erreur(String titre, String message) {
                erreurs.add(titre + " : " + message);
            }

            @Override
            public void information(String titre, String message) {
            }
        });
        stage.setScene(ApplicationPdp.scene(fenetre));
        stage.show();
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    private void chargerLaDemo() {
        WaitForAsyncUtils.asyncFx(fenetre::chargerDonneesDemo);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void each_navigation_entry_shows_its_page(FxRobot robot) {
        for (String page : List.of("seances", "documents", "indicateurs", "parametres", "situations")) {
            robot.clickOn("#nav-" + page);

            assertThat(robot.lookup("#page-" + page).tryQuery()).as(page).isPresent();
            assertThat(robot.lookup("#page-" + page).query().isVisible()).isTrue();
        }
        assertThat(robot.lookup("#page-seances").tryQuery()).as("une seule page à la fois").isEmpty();
    }

    @Test
    void the_status_bar_names_the_database_in_use(FxRobot robot) {
        Label base = robot.lookup("#statut-base").queryAs(Label.class);

        assertThat(base.getText()).startsWith("Base : H2 : ").endsWith("cellule.mv.db");
    }

    @Test
    void an_empty_database_shows_an_empty_table_then_the_demo_menu_fills_every_page(FxRobot robot) {
        TableView<ResumeSituation> situations = robot.lookup("#table-situations").queryTableView();
        assertThat(situations.getItems()).isEmpty();
        assertThat(robot.lookup("#compte-situations").queryAs(Label.class).getText()).isEqualTo("aucune situation");

        chargerLaDemo();

        assertThat(situations.getItems()).hasSize((int) services.stockage().situations().count()).hasSizeGreaterThan(60);
        assertThat(robot.lookup("#compte-situations").queryAs(Label.class).getText()).endsWith(" situations");
        assertThat(robot.lookup("#statut-message").queryAs(Label.class).getText()).contains("60 personnes");
        robot.clickOn("#nav-seances");
        assertThat(robot.lookup("#table-seances").queryTableView().getItems()).hasSize(7);
        robot.clickOn("#nav-parametres");
        assertThat(robot.lookup("#parametre-cellule").queryAs(Label.class).getText())
                .isEqualTo("Cellule locale PDP 58 — CPAM de la Nièvre");
        assertThat(robot.lookup("#table-catalogue").queryTableView().getItems()).hasSize(11);
        assertThat(erreurs).isEmpty();
    }

    @Test
    void loading_the_demo_twice_shows_a_french_error_and_changes_nothing(FxRobot robot) {
        chargerLaDemo();
        long situations = services.stockage().situations().count();

        chargerLaDemo();

        assertThat(erreurs).singleElement().asString().startsWith("Opération refusée : La base contient déjà des données");
        assertThat(services.stockage().situations().count()).isEqualTo(situations);
    }

    @Test
    void cancelling_the_confirmation_loads_nothing(FxRobot robot) {
        reponseConfirmation = false;

        chargerLaDemo();

        assertThat(services.stockage().situations().count()).isZero();
        assertThat(robot.lookup("#table-situations").queryTableView().getItems()).isEmpty();
    }

    @Test
    void closing_and_reopening_shows_the_same_data(FxRobot robot) {
        chargerLaDemo();
        List<ResumeSituation> avant = services.listerSituations().lister(services.utilisateur());
        services.close();

        services = Services.ouvrir(dossier.resolve("cellule"), HORLOGE);

        assertThat(services.listerSituations().lister(services.utilisateur())).isEqualTo(avant);
    }
}
