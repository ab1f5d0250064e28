package fr.cellulepdp.app.shell;

import fr.cellulepdp.app.wiring.FenetrePrincipaleCablee;
import fr.cellulepdp.app.ui.DialoguesScriptes;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.situation.ResumeSituation;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.situation.Risque;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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

/**
 * The real main window, headless, on a real H2 file database: a few journeys only (the pages, the demo filling them,
 * the situation form typed blind). What is logic is checked on the view models without a window (decision record
 * 0044): the search and its filters ({@code ModeleSituationsTest}), the standard phrases, letter wordings and mail
 * server ({@code ModeleMotifsTypesTest}, {@code ModeleModelesCourrierTest}, {@code ModeleSmtpTest}), the trial
 * certificate ({@code ModeleCelluleTest}), the urgent decision ({@code ModeleDecisionUrgenteTest}), the data read
 * again after reopening ({@code ModeleFenetrePrincipaleTest}).
 */
@ExtendWith(ApplicationExtension.class)
class FenetrePrincipaleTest {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-23T09:00:00Z"));

    @TempDir
    Path dossier;

    private Services services;
    private FenetrePrincipale fenetre;
    private final DialoguesScriptes dialogues = new DialoguesScriptes();

    @Start
    void demarrer(Stage stage) {
        services = Services.ouvrir(dossier.resolve("cellule"), HORLOGE);
        fenetre = new FenetrePrincipale(new FenetrePrincipaleCablee(services), ExecuteurTaches.synchrone(), dialogues);
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
        for (String page : List.of("seances", "suivis", "documents", "indicateurs", "journal", "parametres",
                "situations")) {
            robot.clickOn("#nav-" + page);

            assertThat(robot.lookup("#page-" + page).tryQuery()).as(page).isPresent();
            assertThat(robot.lookup("#page-" + page).query().isVisible()).isTrue();
        }
        assertThat(robot.lookup("#page-seances").tryQuery()).as("une seule page à la fois").isEmpty();
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
        assertThat(robot.lookup("#cellule-nom").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("Cellule locale PDP 58");
        assertThat(robot.lookup("#cellule-cpam").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("CPAM de la Nièvre");
        robot.clickOn("#onglet-parametres-seances");
        assertThat(robot.lookup("#table-catalogue").queryTableView().getItems()).hasSize(fr.cellulepdp.model.mesure.TypeMesure.values().length);
        assertThat(dialogues.erreurs).isEmpty();
    }

    @Test
    void creating_a_situation_through_the_form_shows_it_in_the_list(FxRobot robot) {
        robot.clickOn("#nouvelle-situation");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node nir = robot.lookup("#champ-nir").query();
        assertThat(nir.getScene().getFocusOwner()).as("the cursor waits in the first field").isSameAs(nir);
        robot.clickOn(nir).write("2 69 05 49 588 157 80");
        robot.clickOn("#champ-nom").write("Essai");
        robot.clickOn("#champ-prenom").write("Camille");
        robot.interact(() -> {
            robot.lookup("#champ-origine").<javafx.scene.control.ComboBox<Origine>>query().setValue(Origine.EMPLOYEUR);
            robot.lookup("#champ-risque").<javafx.scene.control.ComboBox<Risque>>query().setValue(Risque.MALADIE);
        });
        dialogues.reponseConfirmation = false;
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogues.questions).singleElement().asString().contains("sans enregistrer");
        assertThat(robot.lookup("#champ-nom").queryAs(javafx.scene.control.TextField.class).getText())
                .as("formulaire gardé tel que saisi").isEqualTo("Essai");
        robot.clickOn("#champ-urgent");
        robot.clickOn("#champ-motif-urgent").write("Fin des indemnités journalières proche");

        robot.clickOn("#enregistrer-situation");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#champ-nir").tryQuery()).as("formulaire fermé").isEmpty();
        TableView<ResumeSituation> situations = robot.lookup("#table-situations").queryTableView();
        assertThat(situations.getItems()).singleElement().satisfies(ligne -> {
            assertThat(ligne.numeroDossier()).isEqualTo("PDP-2026-0001");
            assertThat(ligne.personne()).isEqualTo("ESSAI Camille");
            assertThat(ligne.urgent()).isTrue();
        });
        assertThat(robot.lookup("#statut-message").queryAs(Label.class).getText()).isEqualTo("Situation PDP-2026-0001 créée.");
        assertThat(services.stockage().situations().count()).isEqualTo(1);
    }

}
