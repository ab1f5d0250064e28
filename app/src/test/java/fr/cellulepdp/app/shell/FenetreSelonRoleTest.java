package fr.cellulepdp.app.shell;

import fr.cellulepdp.app.wiring.FenetrePrincipaleCablee;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.compte.Compte;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The window as a social référent sees it, on the demo cell: no Journal page, Paramètres for her own account only
 * (its tabs by role are ModeleParametresTest's), no coordinatrice-only menu entry or button (the file's commands by
 * role are ModeleDossierTest's).
 */
class FenetreSelonRoleTest extends SurFenetreDemo {

    private Stage fenetreReferente;

    @Start
    void ouvrir(Stage stage) {
        demarrer(stage);
    }

    @Test
    void a_social_referent_sees_what_her_role_allows(FxRobot robot) {
        Compte compte = services.stockage().comptes().findAll().stream()
                .filter(c -> c.role() == Role.REFERENT_SOCIAL).findFirst().orElseThrow();
        Parent racine = ouvrirComme(robot, compte.utilisateur());

        assertThat(robot.from(racine).lookup("#nav-situations").tryQuery()).isPresent();
        assertThat(robot.from(racine).lookup("#nav-seances").tryQuery()).isPresent();
        assertThat(robot.from(racine).lookup("#nav-journal").tryQuery()).isEmpty();
        assertThat(robot.from(racine).lookup("#nav-parametres").tryQuery()).isPresent();
        // the menu entries by role are ModeleFenetrePrincipaleTest's, without a window
        assertThat(robot.from(racine).lookup("#nouvelle-situation").queryAs(Node.class).isVisible()).isTrue();

        robot.interact(() -> ((FenetrePrincipale) racine.getUserData()).afficher("seances"));
        assertThat(robot.from(racine).lookup("#planifier-une-seance").queryAs(Node.class).isVisible()).isFalse();

        // the file dialog's commands by role are ModeleDossierTest's, without a window
        // changing her own password is ModeleMotDePasseTest's, without a window
        robot.interact(fenetreReferente::close);
    }

    /** A second main window, built for {@code utilisateur} as the login would. */
    private Parent ouvrirComme(FxRobot robot, Utilisateur utilisateur) {
        robot.interact(() -> {
            services.connecter(utilisateur);
            FenetrePrincipale principale = new FenetrePrincipale(
                    new FenetrePrincipaleCablee(services), ExecuteurTaches.synchrone(), dialogues);
            fenetreReferente = new Stage();
            fenetreReferente.setScene(ApplicationPdp.scene(principale));
            fenetreReferente.getScene().getRoot().setUserData(principale);
            fenetreReferente.show();
        });
        return fenetreReferente.getScene().getRoot();
    }
}
