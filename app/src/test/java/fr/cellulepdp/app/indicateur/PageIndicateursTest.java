package fr.cellulepdp.app.indicateur;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurFenetreDemo;
import fr.cellulepdp.model.indicateur.Indicateurs;
import fr.cellulepdp.model.indicateur.Periode;
import fr.cellulepdp.model.situation.ResumeSituation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Indicateurs page in the real window, on the demo data of a real H2 file database. */
class PageIndicateursTest extends SurFenetreDemo {

    @Start
    void ouvrir(Stage stage) {
        demarrer(stage);
    }

    @Test
    void the_year_s_figures_are_shown_and_a_bar_lists_the_situations_behind_it(FxRobot robot) {
        robot.clickOn("#nav-indicateurs");
        Indicateurs attendus = services.bilans().calculerIndicateurs().calculer(Periode.annee(2026));

        assertThat(((Label) robot.lookup("#tuile-situations").lookup(".tuile-valeur").query()).getText())
                .isEqualTo(Long.toString(attendus.situationsEtudiees().valeur()));
        assertThat(((Label) robot.lookup("#tuile-seances").lookup(".tuile-valeur").query()).getText())
                .isEqualTo("6");
        assertThat(robot.lookup("#table-indicateurs-nationaux").queryTableView().getItems()).hasSize(8);

        // the top bar of "by origin" is the first origin, the IJ 60 days list
        Node barre = robot.lookup("#graphique-origine").lookup(".chart-bar").queryAll().stream()
                .filter(n -> !n.getStyleClass().contains("bar-legend-symbol"))
                .min(java.util.Comparator.comparingDouble(n -> n.localToScene(0, 0).getY())).orElseThrow();
        robot.interact(() -> barre.getOnMouseClicked().handle(null));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ResumeSituation> liste = robot.lookup("#table-situations-du-chiffre").queryTableView();
        assertThat(liste.getItems()).hasSize((int) attendus.parOrigine().chiffres().get(0).valeur()).isNotEmpty();
        assertThat(liste.getItems()).extracting(ResumeSituation::origine)
                .containsOnly(fr.cellulepdp.model.situation.Origine.REQUETE_IJ_60J);
        robot.interact(() -> liste.getScene().getWindow().hide());
    }

    @Test
    void a_reversed_period_is_explained_and_exports_write_the_csv_and_the_review(FxRobot robot) throws Exception {
        robot.clickOn("#nav-indicateurs");
        DatePicker du = robot.lookup("#indicateurs-du").queryAs(DatePicker.class);
        robot.interact(() -> du.setValue(LocalDate.of(2027, 1, 1)));
        robot.clickOn("#calculer-indicateurs");
        assertThat(robot.lookup("#etat-indicateurs").queryAs(Label.class).getText())
                .contains("la fin de la période (31/12/2026) précède son début (01/01/2027)");
        robot.interact(() -> du.setValue(LocalDate.of(2026, 1, 1)));
        robot.clickOn("#calculer-indicateurs");

        dialogues.fichierEnregistrement = dossier.resolve("indicateurs.csv");
        robot.clickOn("#exporter-indicateurs-csv");
        byte[] csv = Files.readAllBytes(dossier.resolve("indicateurs.csv"));
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFrubrique;libelle;colonne;valeur;definition")
                .contains("Activité;Séances tenues;;6;");

        dialogues.fichierEnregistrement = dossier.resolve("bilan.pdf");
        robot.clickOn("#bilan-indicateurs-pdf");
        assertThat(new String(Files.readAllBytes(dossier.resolve("bilan.pdf")), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(robot.lookup("#etat-indicateurs").queryAs(Label.class).getText()).contains("bilan.pdf");
        assertThat(dialogues.erreurs).isEmpty();
    }
}
