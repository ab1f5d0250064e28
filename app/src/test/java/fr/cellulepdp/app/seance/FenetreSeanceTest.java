package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.wiring.FenetrePrincipaleCablee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.app.shell.ApplicationPdp;
import fr.cellulepdp.app.ui.DialoguesScriptes;
import fr.cellulepdp.app.shell.FenetrePrincipale;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.DemoPreparee;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.SaisieDecision;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.seance.CategoriePoint;
import fr.cellulepdp.model.seance.PointOrdreDuJour;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.StatutSeance;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A whole meeting through the real windows, headless, on a real H2 file database of the demo cell. */
@ExtendWith(ApplicationExtension.class)
class FenetreSeanceTest {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-23T09:00:00Z"));

    @TempDir
    Path dossier;

    private Services services;
    private FenetrePrincipale fenetre;
    private final DialoguesScriptes dialogues = new DialoguesScriptes();

    @Start
    void demarrer(Stage stage) {
        services = DemoPreparee.ouvrir(HORLOGE.maintenant(), dossier, HORLOGE);
        fenetre = new FenetrePrincipale(new FenetrePrincipaleCablee(services), ExecuteurTaches.synchrone(), dialogues);
        stage.setScene(ApplicationPdp.scene(fenetre));
        stage.show();
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    private Seance seance(int numero) {
        return services.stockage().seances().findAll().stream().filter(s -> s.numero() == numero).findFirst()
                .orElseThrow();
    }

    private void attendre() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void a_whole_meeting_plan_agenda_attendance_one_decision_of_each_outcome_close_then_a_rectificatif(FxRobot robot) {
        // plan
        robot.clickOn("#nav-seances");
        robot.clickOn("#planifier-une-seance");
        robot.interact(() -> robot.lookup("#champ-date-seance").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2026, 12, 14)));
        robot.clickOn("#champ-lieu-seance").write("Salle du conseil");
        robot.clickOn("#planifier-seance");
        attendre();
        Seance planifiee = seance(27);
        assertThat(planifiee.statut()).isEqualTo(StatutSeance.PLANIFIEE);
        assertThat(planifiee.presences()).hasSize((int) services.stockage().membres().count());

        // propose, add everything, reorder with the keyboard
        robot.clickOn("#proposer-ordre-du-jour");
        attendre();
        robot.clickOn("#ajouter-toutes-propositions");
        attendre();
        List<PointOrdreDuJour> proposes = seance(27).ordreDuJour();
        assertThat(proposes).hasSizeGreaterThan(6);
        assertThat(proposes.get(0).categorie()).isEqualTo(CategoriePoint.URGENT);
        assertThat(proposes.stream().flatMap(p -> p.demandeIds().stream()).map(services.stockage().demandes()::get))
                .allMatch(d -> d.statut() == StatutDemande.INSCRITE);
        ListView<?> agenda = robot.lookup("#liste-ordre-du-jour").queryListView();
        robot.interact(() -> {
            agenda.getSelectionModel().select(1);
            agenda.requestFocus();
        });
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        attendre();
        assertThat(seance(27).ordreDuJour()).extracting(PointOrdreDuJour::id)
                .startsWith(proposes.get(1).id(), proposes.get(0).id());
        assertThat(robot.lookup("#duree-totale").queryAs(Label.class).getText())
                .startsWith("Durée totale prévue : ").endsWith("(" + proposes.size() + " points)");

        // open, attendance, quorum
        robot.clickOn("#ouvrir-seance");
        attendre();
        assertThat(dialogues.questions).as("le 14 décembre, ouverte le 23 novembre")
                .anyMatch(q -> q.contains("L’ouvrir dès aujourd’hui ?"));
        assertThat(robot.lookup("#constat-quorum").queryAs(Label.class).getText()).startsWith("Quorum non atteint");
        robot.clickOn("#tous-presents");
        robot.clickOn("#enregistrer-presences");
        attendre();
        assertThat(robot.lookup("#constat-quorum").queryAs(Label.class).getText()).isEqualTo("Quorum atteint.");

        // one decision of each outcome, with the keyboard shortcuts
        robot.clickOn("#onglet-seance");
        decider(robot, KeyCode.DIGIT1, () -> { });
        decider(robot, KeyCode.DIGIT2, () -> ecrire(robot, "#champ-conditions", "Convention signée"));
        // a French AZERTY keyboard: Ctrl+" is Ctrl+3, Ctrl+( is Ctrl+5
        decider(robot, KeyCode.QUOTEDBL, () -> {
            robot.clickOn("#phrases-types");
            robot.clickOn("Avis défavorable du service médical.");
        });
        // a refused save says so and keeps what was typed: an adjournment without its deadline
        passerLesMesuresSuivies(robot);
        robot.clickOn("#position-point");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        ecrire(robot, "#champ-elements-manquants", "Accord écrit de l'employeur");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        attendre();
        assertThat(dialogues.erreurs).singleElement().asString().contains("n’est pas enregistrée")
                .contains("date limite").endsWith("Votre saisie est conservée : corrigez-la puis enregistrez à nouveau.");
        dialogues.erreurs.clear();
        assertThat(robot.lookup("#issue-AJOURNEMENT").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#champ-elements-manquants").queryTextInputControl().getText())
                .isEqualTo("Accord écrit de l'employeur");
        robot.interact(() -> robot.lookup("#champ-date-limite").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2027, 1, 15)));
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        attendre();
        assertThat(robot.lookup("#etat-decision").queryAs(Label.class).getText()).startsWith("Décision enregistrée");
        robot.clickOn("#point-suivant");
        attendre();
        decider(robot, KeyCode.LEFT_PARENTHESIS, () -> ecrire(robot, "#champ-motifs", "Reprise du travail"));
        List<Decision> decisions = services.stockage().decisions().findBySeance(seance(27).id()).stream()
                .sorted(Comparator.comparing(Decision::decideeLe)).toList();
        assertThat(decisions).extracting(Decision::issue)
                .containsExactlyInAnyOrderElementsOf(IssueDecision.decisions());
        assertThat(dialogues.erreurs).isEmpty();

        // close
        robot.clickOn("#cloturer-seance");
        attendre();
        assertThat(seance(27).statut()).isEqualTo(StatutSeance.CLOTUREE);
        assertThat(dialogues.questions).anyMatch(q -> q.contains("retourneront en attente"));
        Decision ajournement = decisions.stream().filter(d -> d.issue() == IssueDecision.AJOURNEMENT).findFirst()
                .orElseThrow();
        assertThat(services.stockage().demandes().get(ajournement.demandeId()).statut())
                .isEqualTo(StatutDemande.A_ETUDIER);

        // a locked decision cannot be changed, in the window or otherwise
        assertThat(robot.lookup("#enregistrer-decision").query().isDisabled()).isTrue();
        UUID refusee = decisions.stream().filter(d -> d.issue() == IssueDecision.REFUS).findFirst().orElseThrow()
                .demandeId();
        assertThatThrownBy(() -> services.seances().deciderEnSeance().decider(seance(27).id(),
                new SaisieDecision(refusee, IssueDecision.ACCORD, null, "", "", null, null, null, "", null, "",
                        List.of()))).isInstanceOf(SaisieInvalideException.class).hasMessageContaining("verrouillées");

        // a rectificatif on the adjourned request (the window shows the last item decided)
        allerAuPointDe(robot, ajournement.demandeId());
        robot.clickOn("#rectifier-decision");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        robot.clickOn("#enregistrer-decision");
        attendre();
        assertThat(services.stockage().decisions().findByDemande(ajournement.demandeId()))
                .filteredOn(d -> seance(27).id().equals(d.seanceId()))
                .anySatisfy(d -> {
                    assertThat(d.rectifieDecisionId()).isEqualTo(ajournement.id());
                    assertThat(services.stockage().membres().get(d.decideeParId()).role())
                            .as("qui a rectifié").isEqualTo(fr.cellulepdp.model.cellule.Role.COORDINATRICE);
                })
                .extracting(Decision::issue).containsExactlyInAnyOrder(IssueDecision.AJOURNEMENT, IssueDecision.ACCORD);
        assertThat(robot.lookup("#etat-decision").queryAs(Label.class).getText()).startsWith("Rectificatif enregistré");
        assertThat(dialogues.erreurs).isEmpty();
    }

    /** Chooses the outcome with Ctrl+digit, fills what it needs, records with Ctrl+Entrée, then goes to the next item. */
    private void decider(FxRobot robot, KeyCode chiffre, Runnable remplir) {
        passerLesMesuresSuivies(robot);
        robot.clickOn("#position-point");
        robot.press(KeyCode.CONTROL).type(chiffre).release(KeyCode.CONTROL);
        remplir.run();
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        attendre();
        assertThat(robot.lookup("#etat-decision").queryAs(Label.class).getText())
                .as("décision " + chiffre + " " + dialogues.erreurs).startsWith("Décision enregistrée");
        robot.clickOn("#point-suivant");
        attendre();
    }

    /**
     * Types into a field given the focus, as Tab would: a click would have the mouse cross the problems' label,
     * whose tooltip, shown meanwhile on a slow machine, takes the click.
     */
    private static void ecrire(FxRobot robot, String champ, String texte) {
        robot.interact(() -> robot.lookup(champ).query().requestFocus());
        robot.write(texte);
    }

    /** Goes past the items whose request is a measure the cell only follows: they take no accord nor refusal. */
    private void passerLesMesuresSuivies(FxRobot robot) {
        var suivies = services.stockage().catalogueMesures().findAll().stream()
                .filter(fr.cellulepdp.model.mesure.RegleMesure::suiviSeulement)
                .map(fr.cellulepdp.model.mesure.RegleMesure::mesure).collect(java.util.stream.Collectors.toSet());
        for (int essais = 0; essais < 10; essais++) {
            var choix = robot.lookup("#choix-demande")
                    .<javafx.scene.control.ComboBox<fr.cellulepdp.model.demande.Demande>>query();
            var decidable = choix.getItems().stream().filter(d -> !suivies.contains(d.mesure())).findFirst();
            if (decidable.isPresent()) {
                robot.interact(() -> choix.setValue(decidable.get()));
                attendre();
                return;
            }
            robot.clickOn("#point-suivant");
            attendre();
        }
    }

    private void allerAuPointDe(FxRobot robot, UUID demandeId) {
        List<PointOrdreDuJour> points = seance(27).ordreDuJour();
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).demandeIds().contains(demandeId)) {
                ListView<?> liste = robot.lookup("#liste-points-seance").queryListView();
                int index = i;
                robot.interact(() -> liste.getSelectionModel().select(index));
                attendre();
                robot.interact(() -> robot.lookup("#choix-demande")
                        .<javafx.scene.control.ComboBox<fr.cellulepdp.model.demande.Demande>>query().getItems()
                        .stream().filter(d -> d.id().equals(demandeId)).findFirst()
                        .ifPresent(d -> robot.lookup("#choix-demande")
                                .<javafx.scene.control.ComboBox<fr.cellulepdp.model.demande.Demande>>query()
                                .setValue(d)));
                attendre();
                return;
            }
        }
    }

    @Test
    void the_documents_of_a_closed_meeting_are_previewed_then_generated_signed_with_a_progress_bar(FxRobot robot)
            throws Exception {
        robot.clickOn("#nav-seances");
        Seance close = seance(25);
        robot.interact(() -> ((PageSeances) fenetre.page("seances")).ouvrir(close.id()));
        attendre();

        robot.clickOn("#apercu-documents");
        attendre();
        ListView<?> apercu = robot.lookup("#liste-apercu").queryListView();
        assertThat(apercu.getItems()).hasSizeGreaterThan(4);
        assertThat(robot.lookup("#pages-apercu").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .anyMatch(n -> n instanceof javafx.scene.image.ImageView v && v.getImage().getWidth() > 500);
        robot.clickOn("Fermer");
        assertThat(services.stockage().notifications().count()).as("l'aperçu n'enregistre rien").isZero();

        dialogues.motDePasse = "mauvais";
        robot.clickOn("#generer-documents");
        attendre();
        assertThat(dialogues.erreurs).singleElement().asString().contains("mot de passe erroné");

        dialogues.motDePasse = fr.cellulepdp.app.document.CertificatDemo.MOT_DE_PASSE;
        robot.clickOn("#generer-documents");
        attendre();
        Path pack = services.dossierDonnees().resolve("documents").resolve("seance-025");
        assertThat(dialogues.informations).singleElement().asString().contains("documents, dont")
                .contains(pack.toString());
        assertThat(pack.resolve("03-proces-verbal.pdf")).exists();
        assertThat(pack.resolve("SHA256SUMS")).exists();
        assertThat(services.stockage().notifications().findAll()).isNotEmpty()
                .allSatisfy(n -> assertThat(n.statut().name()).as("signée : à poster, ou en attente d'envoi par courriel")
                        .isIn("SIGNEE", "EN_ATTENTE_ENVOI"))
                .anySatisfy(n -> assertThat(n.statut().name()).isEqualTo("EN_ATTENTE_ENVOI"));
        assertThat(robot.lookup("#progression-documents").query().isVisible()).isFalse();
        robot.clickOn("#onglet-courriers");
        attendre();
        assertThat(robot.lookup("#table-courriers").queryTableView().getItems())
                .hasSize((int) services.stockage().notifications().count());
        assertThat(robot.lookup("#bilan-courriers").queryAs(Label.class).getText()).startsWith("0 envoyé(s) sur ");
        robot.interact(fenetre::actualiserCourriers);
        Label badge = robot.lookup("#badge-courriers").queryAs(Label.class);
        assertThat(badge.getText()).endsWith("en attente d'envoi");
        assertThat(badge.getTextFill()).as("white on the badge's red, not the status bar's dark grey")
                .isEqualTo(javafx.scene.paint.Color.WHITE);

        // the letters to post: one PDF to print, then marked as posted
        long aPoster = services.stockage().notifications().findAll().stream()
                .filter(n -> n.canal() == fr.cellulepdp.model.notification.CanalEnvoi.COURRIER).count();
        assertThat(aPoster).as("la démo a des copies aux partenaires, à poster").isPositive();
        robot.clickOn("#courriers-a-poster");
        attendre();
        assertThat(pack.resolve("courriers-a-poster.pdf")).exists();
        try (var fusion = org.apache.pdfbox.Loader.loadPDF(pack.resolve("courriers-a-poster.pdf").toFile())) {
            assertThat(fusion.getNumberOfPages()).isGreaterThanOrEqualTo((int) aPoster);
        }
        robot.clickOn("Fermer");
        robot.clickOn("#marquer-postes");
        attendre();
        assertThat(services.stockage().notifications().findAll()).filteredOn(n -> n.canal()
                == fr.cellulepdp.model.notification.CanalEnvoi.COURRIER).allSatisfy(n ->
                assertThat(n.statut()).isEqualTo(fr.cellulepdp.model.notification.StatutNotification.ENVOYEE));
        assertThat(robot.lookup("#bilan-courriers").queryAs(Label.class).getText())
                .contains(aPoster + " posté(s) sur " + aPoster + " par courrier");
    }
}
