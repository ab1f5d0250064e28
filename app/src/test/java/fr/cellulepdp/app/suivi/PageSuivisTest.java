package fr.cellulepdp.app.suivi;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurFenetreDemo;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.suivi.Suivi;
import fr.cellulepdp.model.suivi.SuivreSuivis.LigneSuivi;
import java.time.LocalDate;
import java.util.UUID;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;

/** The Suivis page in the real window, on the demo data of a real H2 file database. */
class PageSuivisTest extends SurFenetreDemo {

    @Start
    void ouvrir(Stage stage) {
        demarrer(stage);
    }

    private UUID enRetard;

    @Override
    protected void apresLaDemo() {
        Suivi modele = services.stockage().suivis().findAll().get(0);
        enRetard = UUID.randomUUID();
        services.stockage().suivis().save(new Suivi(enRetard, 0, modele.situationId(), modele.decisionId(),
                "Relancer l'employeur", modele.responsableId(), LocalDate.of(2026, 11, 2), null, ""));
    }

    @Test
    void overdue_first_in_red_filtered_by_member_then_marked_done_with_a_note(FxRobot robot) {
        robot.clickOn("#nav-suivis");
        TableView<LigneSuivi> table = robot.lookup("#table-suivis").queryTableView();
        long aFaire = services.stockage().suivis().findAll().stream().filter(s -> !s.estRealise()).count();
        assertThat(table.getItems()).hasSize((int) aFaire);
        LigneSuivi premiere = table.getItems().get(0);
        assertThat(premiere.id()).isEqualTo(enRetard);
        assertThat(premiere.enRetard()).isTrue();
        assertThat(robot.lookup(".table-row-cell").queryAllAs(TableRow.class)).anySatisfy(ligne -> {
            assertThat(ligne.getItem()).isEqualTo(premiere);
            assertThat(ligne.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("en-retard"));
        });

        ComboBox<Membre> responsable = robot.lookup("#filtre-responsable-suivi").queryComboBox();
        Membre membre = responsable.getItems().stream().filter(m -> m != null && m.id().equals(premiere.responsableId()))
                .findFirst().orElseThrow();
        robot.interact(() -> responsable.setValue(membre));
        assertThat(table.getItems()).isNotEmpty().allSatisfy(l -> assertThat(l.responsableId()).isEqualTo(membre.id()));
        assertThat(table.getItems().size()).isLessThan((int) aFaire);

        // marking it done, refusal kept in place included, is ModeleSuiviRealiseTest's, without a window
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#marquer-suivi-realise");
        robot.interact(() -> robot.lookup("#champ-suivi-note").queryAs(TextArea.class).setText("Employeur relancé."));
        robot.clickOn("#enregistrer-suivi");

        assertThat(services.stockage().suivis().get(enRetard).estRealise()).isTrue();
        assertThat(table.getItems()).extracting(LigneSuivi::id).doesNotContain(enRetard);
        robot.clickOn("#filtre-suivis-realises");
        assertThat(table.getItems()).extracting(LigneSuivi::id).contains(enRetard);
        assertThat(dialogues.erreurs).isEmpty();
    }
}
