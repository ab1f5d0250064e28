package fr.cellulepdp.app.parametres;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurFenetreDemo;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Paramètres › Protection des données in the real window, on the demo cell of a real H2 file. */
class ProtectionDonneesTest extends SurFenetreDemo {

    @Start
    void ouvrir(Stage stage) {
        demarrer(stage);
    }

    @Test
    void the_coordinatrice_changes_the_lock_delay_and_lets_herself_read_medical_opinions(FxRobot robot) {
        robot.clickOn("#nav-parametres");
        robot.clickOn("#onglet-parametres-protection");
        Spinner<Integer> verrouillage = robot.lookup("#protection-verrouillage").queryAs(Spinner.class);
        assertThat(verrouillage.getValue()).isEqualTo(10);
        assertThat(services.situations().avisMedical().peutLire()).isFalse();

        robot.interact(() -> verrouillage.getValueFactory().setValue(5));
        // below the fold of the page's scroll pane: set and fired as a click would
        robot.interact(() -> robot.lookup("#protection-avis-medical").queryAs(javafx.scene.control.CheckBox.class)
                .setSelected(true));
        robot.interact(() -> robot.lookup("#enregistrer-protection").queryButton().fire());

        assertThat(robot.lookup("#etat-protection").queryAs(Label.class).getText()).startsWith("Réglages enregistrés");
        var cellule = services.cellule().orElseThrow();
        assertThat(cellule.verrouillageMinutes()).isEqualTo(5);
        assertThat(cellule.conservationAnnees()).isEqualTo(2);
        assertThat(cellule.coordinatriceLitAvisMedical()).isTrue();
        assertThat(services.situations().avisMedical().peutLire()).isTrue();
        assertThat(services.stockage().journalAudit().findAll()).anySatisfy(e ->
                assertThat(e.action()).isEqualTo("PARAMETRES_PROTECTION"));
    }
}
