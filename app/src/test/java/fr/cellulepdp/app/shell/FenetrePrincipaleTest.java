package fr.cellulepdp.app.shell;

import fr.cellulepdp.app.ui.DialoguesScriptes;
import fr.cellulepdp.app.ui.ModeleListe;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.situation.ResumeSituation;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutSituation;
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

/** The real main window, headless, on a real H2 file database. */
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
        fenetre = new FenetrePrincipale(services, ExecuteurTaches.synchrone(), dialogues);
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
    void searching_by_name_or_file_number_and_filtering_by_status(FxRobot robot) {
        chargerLaDemo();
        TableView<ResumeSituation> situations = robot.lookup("#table-situations").queryTableView();
        int toutes = situations.getItems().size();
        ResumeSituation cible = situations.getItems().get(20);
        String nom = cible.personne().split(" ")[0];

        robot.clickOn("#recherche-situations").write(nom.toLowerCase()).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(situations.getItems()).isNotEmpty().hasSizeLessThan(toutes)
                .allMatch(r -> r.personne().startsWith(nom)).contains(cible);
        assertThat(robot.lookup("#compte-situations").queryAs(Label.class).getText())
                .isEqualTo(ModeleListe.pluriel(situations.getItems().size(), "situation", "situations", ""));

        robot.doubleClickOn("#recherche-situations").eraseText(nom.length()).write(cible.numeroDossier())
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(situations.getItems()).containsExactly(cible);

        robot.doubleClickOn("#recherche-situations").eraseText(cible.numeroDossier().length()).type(KeyCode.ENTER);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#filtre-statut").<javafx.scene.control.ComboBox<String>>query()
                .getSelectionModel().select("Clôturée"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(situations.getItems()).isNotEmpty().hasSizeLessThan(toutes)
                .allMatch(r -> r.statut() == StatutSituation.CLOTUREE);
    }

    /**
     * The form's journey: the cursor waits in the first field (NIR), Escape with something typed asks before
     * dropping it (and « Annuler » keeps the form), then the file is saved and shown in the list.
     */
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

    private void ouvrirDossier(FxRobot robot, Situation situation) {
        robot.clickOn("#recherche-situations").write(situation.numeroDossier()).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(robot.lookup("#table-situations .table-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText(situation.numeroDossier()))
                .queryAs(javafx.scene.Node.class));
    }

    @Test
    void filtering_by_referent_shows_only_their_files(FxRobot robot) {
        chargerLaDemo();
        fr.cellulepdp.model.cellule.Membre referente = services.referentsSociauxActifs().get(0);
        TableView<ResumeSituation> situations = robot.lookup("#table-situations").queryTableView();
        int toutes = situations.getItems().size();

        robot.interact(() -> robot.lookup("#filtre-referent").<javafx.scene.control.ComboBox<String>>query()
                .getSelectionModel().select(referente.nomComplet()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(situations.getItems()).isNotEmpty().hasSizeLessThan(toutes)
                .allMatch(r -> r.referent().equals(referente.nomComplet()));
        assertThat(situations.getItems()).hasSize((int) services.stockage().situations().findAll().stream()
                .filter(s -> referente.id().equals(s.referentSocialId())).count());
    }

    @Test
    void the_cell_adds_and_removes_its_standard_reason_phrases(FxRobot robot) {
        robot.clickOn("#nav-parametres");
        robot.clickOn("#onglet-parametres-seances");
        javafx.scene.control.ListView<?> phrases = robot.lookup("#liste-phrases-types").queryListView();
        int avant = phrases.getItems().size();
        assertThat(avant).as("phrases livrées avec une base neuve").isPositive();

        robot.clickOn("#nouvelle-phrase-type").write("Projet de reconversion validé par Cap Emploi.");
        robot.clickOn("#ajouter-phrase-type");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(phrases.getItems()).hasSize(avant + 1);
        assertThat(services.motifsTypes().lister(services.utilisateur())).last()
                .extracting(fr.cellulepdp.model.decision.MotifType::texte)
                .isEqualTo("Projet de reconversion validé par Cap Emploi.");

        robot.clickOn("#ajouter-phrase-type");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogues.erreurs).singleElement().asString().contains("le texte de la phrase est vide");

        robot.interact(() -> phrases.getSelectionModel().select(0));
        robot.clickOn("#supprimer-phrase-type");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.motifsTypes().lister(services.utilisateur())).hasSize(avant);
    }

    @Test
    void an_urgent_request_is_decided_from_the_file_with_a_medical_referent(FxRobot robot) {
        chargerLaDemo();
        fr.cellulepdp.model.demande.Demande attente = services.stockage().demandes()
                .findByStatut(fr.cellulepdp.model.demande.StatutDemande.A_ETUDIER).stream()
                .filter(d -> services.stockage().situations().get(d.situationId()).estOuverte()).findFirst()
                .orElseThrow();
        ouvrirDossier(robot, services.stockage().situations().get(attente.situationId()));
        TableView<?> historique = robot.lookup("#table-historique").queryTableView();
        robot.interact(() -> historique.getItems().stream().filter(l -> ((fr.cellulepdp.model.decision
                .HistoriquePersonne.Ligne) l).demande().id().equals(attente.id())).findFirst()
                .ifPresent(l -> ((TableView<Object>) (TableView<?>) historique).getSelectionModel().select(l)));
        robot.clickOn("#decision-urgente");
        robot.interact(() -> robot.lookup("#urgence-issue")
                .<javafx.scene.control.ComboBox<fr.cellulepdp.model.decision.IssueDecision>>query()
                .setValue(fr.cellulepdp.model.decision.IssueDecision.ACCORD_SOUS_RESERVE));
        robot.clickOn("#decider-en-urgence");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#urgence-problemes").queryAs(Label.class).getText())
                .contains("référent médical : choisissez le référent médical qui décide avec vous.")
                .contains("conditions : un accord sous réserve doit énoncer ses conditions.");
        assertThat(services.stockage().decisions().findByDemande(attente.id()))
                .noneMatch(fr.cellulepdp.model.decision.Decision::estHorsSeance);

        robot.interact(() -> {
            javafx.scene.control.ComboBox<fr.cellulepdp.model.cellule.Membre> medecin =
                    robot.lookup("#urgence-referent-medical").query();
            medecin.setValue(medecin.getItems().get(0));
        });
        robot.clickOn(".dialog-pane .text-area").write("Sous réserve de l'accord écrit de l'employeur.");
        robot.interact(() -> robot.lookup("#urgence-issue")
                .<javafx.scene.control.ComboBox<fr.cellulepdp.model.decision.IssueDecision>>query()
                .setValue(fr.cellulepdp.model.decision.IssueDecision.ACCORD_SOUS_RESERVE));
        robot.lookup(".dialog-pane .text-area").queryAll().stream().skip(1).findFirst().ifPresent(conditions -> {
            robot.clickOn(conditions).write("Convention de stage signée.");
        });
        robot.clickOn("#decider-en-urgence");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(services.stockage().decisions().findByDemande(attente.id()))
                .filteredOn(fr.cellulepdp.model.decision.Decision::estHorsSeance).singleElement().satisfies(d -> {
            assertThat(d.referentMedicalUrgenceId()).isNotNull();
            assertThat(d.conditions()).isEqualTo("Convention de stage signée.");
        });
        assertThat(dialogues.erreurs).isEmpty();
        robot.clickOn("Fermer");
    }

    @Test
    void a_trial_certificate_is_created_and_chosen_in_the_settings(FxRobot robot) {
        chargerLaDemo();
        robot.clickOn("#nav-parametres");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chemin-certificat").queryAs(Label.class).getText())
                .endsWith("certificat-demo-coordinatrice.p12");

        dialogues.motDePasse = "essai-2026";
        robot.clickOn("#creer-certificat");
        WaitForAsyncUtils.waitForFxEvents();

        String chemin = services.cellule().orElseThrow().certificatSignature();
        assertThat(chemin).endsWith("certificat-essai-signataire.p12");
        assertThat(Path.of(chemin)).exists();
        assertThat(robot.lookup("#chemin-certificat").queryAs(Label.class).getText()).isEqualTo(chemin);
        assertThat(dialogues.erreurs).isEmpty();
    }

    @Test
    void a_letter_template_with_an_unknown_field_is_refused_by_name_and_a_good_one_is_saved(FxRobot robot) {
        robot.clickOn("#nav-parametres");
        robot.clickOn("#onglet-parametres-courriers");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#modele-issue")
                .<javafx.scene.control.ComboBox<fr.cellulepdp.model.decision.IssueDecision>>query()
                .setValue(fr.cellulepdp.model.decision.IssueDecision.SANS_OBJET));
        javafx.scene.control.TextArea texte = robot.lookup("#modele-texte").queryAs(javafx.scene.control.TextArea.class);
        assertThat(texte.getText()).contains("devenue sans objet");

        robot.interact(() -> texte.setText("Sans objet pour {{assure.surnom}} : {{decision.motifs}}"));
        robot.interact(() -> robot.lookup("#enregistrer-modele").queryButton().fire()); // below the fold
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#etat-modele").queryAs(Label.class).getText())
                .startsWith("Modèle refusé").contains("champ inconnu : {{assure.surnom}}");

        robot.interact(() -> texte.setText("Votre demande de {{mesure.libelle}} est sans objet : {{decision.motifs}}"));
        robot.interact(() -> robot.lookup("#enregistrer-modele").queryButton().fire()); // below the fold
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#etat-modele").queryAs(Label.class).getText()).isEqualTo("Modèle enregistré.");
        assertThat(services.modelesCourrier().modeles(services.utilisateur())
                .get(fr.cellulepdp.model.decision.IssueDecision.SANS_OBJET)).startsWith("Votre demande de");
    }

    @Test
    void the_mail_server_is_set_in_the_settings_and_the_test_email_shows_the_server_answer(FxRobot robot)
            throws Exception {
        chargerLaDemo();
        int port;
        try (java.net.ServerSocket libre = new java.net.ServerSocket(0)) {
            port = libre.getLocalPort();
        }
        robot.clickOn("#nav-parametres");
        robot.clickOn("#onglet-parametres-courriers");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#smtp-hote").queryAs(javafx.scene.control.TextField.class).setText("localhost");
            robot.lookup("#smtp-port").queryAs(javafx.scene.control.TextField.class).setText(Integer.toString(port));
            robot.lookup("#smtp-securite").<javafx.scene.control.ComboBox<fr.cellulepdp.model.notification.SecuriteSmtp>>
                    query().setValue(fr.cellulepdp.model.notification.SecuriteSmtp.AUCUNE);
            robot.lookup("#smtp-utilisateur").queryAs(javafx.scene.control.TextField.class).setText("cellule");
            robot.lookup("#smtp-mot-de-passe").queryAs(javafx.scene.control.PasswordField.class).setText("s3cret");
            robot.lookup("#smtp-expediteur").queryAs(javafx.scene.control.TextField.class)
                    .setText("cellule@exemple.fr");
            robot.lookup("#enregistrer-smtp").queryButton().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#etat-smtp").queryAs(Label.class).getText())
                .isEqualTo("Serveur enregistré, mot de passe chiffré.");
        assertThat(services.parametrerSmtp().lire(services.utilisateur()).orElseThrow().motDePasseChiffre())
                .isNotEmpty().doesNotContain("s3cret");

        dialogues.texteSaisi = "destinataire@exemple.fr";
        robot.interact(() -> robot.lookup("#essai-smtp").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#etat-smtp").queryAs(Label.class).getText())
                .startsWith("Échec de l'envoi. Réponse du serveur : ").containsIgnoringCase("connect");

        var serveur = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(port,
                "127.0.0.1", "smtp"));
        serveur.start();
        serveur.setUser("cellule@exemple.fr", "cellule", "s3cret");
        try {
            robot.interact(() -> robot.lookup("#essai-smtp").queryButton().fire());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#etat-smtp").queryAs(Label.class).getText())
                    .isEqualTo("Courriel d'essai accepté par le serveur pour destinataire@exemple.fr.");
            assertThat(serveur.getReceivedMessages()).singleElement()
                    .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Essai d'envoi — Cellule PDP"));
        } finally {
            serveur.stop();
        }
    }

    @Test
    void closing_and_reopening_shows_the_same_data(FxRobot robot) {
        chargerLaDemo();
        List<ResumeSituation> avant = services.listerSituations().lister(services.utilisateur());
        services.close();

        services = fr.cellulepdp.app.compte.ComptesDemo.ouvrirCommeCoordinatrice(dossier.resolve("cellule"), HORLOGE);

        assertThat(services.listerSituations().lister(services.utilisateur())).isEqualTo(avant);
    }
}
