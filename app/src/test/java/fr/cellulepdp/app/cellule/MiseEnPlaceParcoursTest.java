package fr.cellulepdp.app.cellule;

import fr.cellulepdp.app.wiring.FenetrePrincipaleCablee;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.compte.DialogueConnexion;
import fr.cellulepdp.app.demande.FormulaireDemande;
import fr.cellulepdp.app.document.GenerationDocuments;
import fr.cellulepdp.app.shell.ApplicationPdp;
import fr.cellulepdp.app.ui.DialoguesScriptes;
import fr.cellulepdp.app.shell.FenetrePrincipale;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.annuaire.TypeOrganisation;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.decision.AvisMedical;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.SaisieDecision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.seance.EtatPresence;
import fr.cellulepdp.model.seance.PlanSeance;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.situation.FicheSituation;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutAssure;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * From an empty database to a signed letter, with no demo data: the first account, the set-up through its window
 * (the cell with its logo and a trial certificate, herself, a social and a medical référent, one organisation), a
 * request whose prescriber comes from the directory, then a meeting with her members held through the use cases,
 * and the documents generated signed. The letter's letterhead and signatory are the ones typed. Headless, on a real
 * H2 file.
 */
@ExtendWith(ApplicationExtension.class)
class MiseEnPlaceParcoursTest {

    private static final String CERTIFICAT = "essai-2026";

    @TempDir
    Path dossier;

    private Services services;
    /** The main window, opened once the account exists. */
    private Stage fenetre;
    private final DialoguesScriptes dialogues = new DialoguesScriptes();

    @Start
    void demarrer(Stage stage) {
        services = Services.ouvrir(dossier.resolve("cellule"), CelluleVide.HORLOGE);
        stage.setScene(new Scene(new StackPane(new Label("démarrage")), 600, 400));
        stage.show();
    }

    @AfterEach
    void fermer() {
        if (fenetre != null) {
            Platform.runLater(fenetre::close);
        }
        services.close();
    }

    private static void attendre() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types in text fields, given as id, text, id, text…, at once. */
    private static void saisir(FxRobot robot, String... idsEtTextes) {
        robot.interact(() -> {
            for (int i = 0; i < idsEtTextes.length; i += 2) {
                robot.lookup(idsEtTextes[i]).queryAs(TextField.class).setText(idsEtTextes[i + 1]);
            }
        });
    }

    private static <T> void choisir(FxRobot robot, String id, T valeur) {
        robot.interact(() -> robot.lookup(id).<ComboBox<T>>query().setValue(valeur));
    }

    /** Presses the button as a click would, without moving a mouse across the screen: the journey stays short. */
    private static void cliquer(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(javafx.scene.control.ButtonBase.class).fire());
    }

    private static String texte(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void from_an_empty_database_to_a_signed_letter_whose_letterhead_and_signatory_are_the_ones_typed(FxRobot robot)
            throws Exception {
        // the first start: her account
        AtomicReference<Optional<Utilisateur>> compte = new AtomicReference<>();
        Platform.runLater(() -> compte.set(DialogueConnexion.premierCompte((login, motDePasse, confirmation) -> {
            Utilisateur cree = services.miseEnPlace().gererComptes().creerPremierPourLaCoordinatrice(login,
                    motDePasse, confirmation).utilisateur();
            services.connecter(cree);
            return cree;
        }).showAndWait()));
        attendre();
        saisir(robot, "#connexion-identifiant", CelluleVide.IDENTIFIANT);
        robot.interact(() -> {
            robot.lookup("#connexion-mot-de-passe").queryAs(PasswordField.class).setText(CelluleVide.MOT_DE_PASSE);
            robot.lookup("#connexion-confirmation").queryAs(PasswordField.class).setText(CelluleVide.MOT_DE_PASSE);
        });
        cliquer(robot, "#connexion-valider");
        assertThat(compte.get()).isPresent();

        // the window opens, and with it the set-up, as the cell is not set up
        AtomicReference<FenetrePrincipale> principale = new AtomicReference<>();
        robot.interact(() -> {
            principale.set(new FenetrePrincipale(
                    new FenetrePrincipaleCablee(services), ExecuteurTaches.synchrone(), dialogues));
            fenetre = new Stage();
            fenetre.setScene(ApplicationPdp.scene(principale.get()));
            fenetre.show();
            principale.get().ouvrirMiseEnPlaceSiNecessaire();
        });
        attendre();
        assertThat(robot.lookup("#mise-en-place").tryQuery()).isPresent();
        assertThat(texte(robot, "#etat-etape-CELLULE")).isEqualTo("à renseigner");
        // typed blind, the cell's name lands in its field, not in the list of steps
        javafx.scene.Node nomCellule = robot.lookup("#cellule-nom").query();
        assertThat(nomCellule.getScene().getFocusOwner()).isSameAs(nomCellule);

        // 1. the cell, refused while incomplete, then saved; its logo and a trial certificate
        saisir(robot, "#cellule-nom", "Cellule locale PDP de la Nièvre");
        cliquer(robot, "#enregistrer-cellule");
        assertThat(texte(robot, "#etat-cellule")).startsWith("Enregistrement refusé :").contains("caisse (CPAM)");
        saisir(robot, "#cellule-cpam", "CPAM de la Nièvre", "#cellule-adresse1", "7 rue de la Préfecture",
                "#cellule-code-postal", "58000", "#cellule-ville", "Nevers", "#cellule-telephone", "03 86 21 00 00",
                "#cellule-email", "cellule.pdp@cpam58.exemple.fr", "#cellule-ville-signature", "Nevers",
                "#cellule-signataire-prenom", "Bertrand", "#cellule-signataire-nom", "Lemoine",
                "#cellule-signataire-fonction", "Directeur de la CPAM de la Nièvre", "#cellule-delegation",
                "Pour le directeur et par délégation");
        cliquer(robot, "#enregistrer-cellule");
        assertThat(texte(robot, "#etat-cellule")).startsWith("Cellule enregistrée.");
        Path logo = dossier.resolve("logo-cpam.png");
        ImageIO.write(new BufferedImage(120, 50, BufferedImage.TYPE_INT_RGB), "png", logo.toFile());
        dialogues.fichierEnregistrement = logo;
        cliquer(robot, "#choisir-logo");
        dialogues.motDePasse = CERTIFICAT;
        cliquer(robot, "#creer-certificat");
        assertThat(texte(robot, "#chemin-logo")).isEqualTo(logo.toAbsolutePath().toString());
        assertThat(texte(robot, "#chemin-certificat")).endsWith("certificat-essai-signataire.p12");

        // 2. herself
        cliquer(robot, "#etape-suivante");
        saisir(robot, "#membre-prenom", "Claire", "#membre-nom", "Dumont", "#membre-fonction",
                "Responsable du service social");
        cliquer(robot, "#enregistrer-ma-fiche");
        assertThat(texte(robot, "#etat-ma-fiche")).startsWith("Votre fiche est enregistrée");
        assertThat(services.utilisateur().membreId()).isNotNull();

        // 3. a social and a medical référent
        cliquer(robot, "#etape-suivante");
        ajouterMembre(robot, "Sophie", "Garnier", "Assistante sociale", Role.REFERENT_SOCIAL);
        ajouterMembre(robot, "Anne", "Lefaucheux", "Médecin-conseil", Role.REFERENT_MEDICAL);
        assertThat(texte(robot, "#etat-etape-MEMBRES")).isEqualTo("3 membres actifs, quorum possible");

        // 4. one organisation of the directory
        cliquer(robot, "#etape-suivante");
        choisir(robot, "#organisation-type", TypeOrganisation.CAP_EMPLOI);
        saisir(robot, "#organisation-nom", "Cap Emploi Nièvre", "#organisation-email",
                "contact@capemploi58.exemple.fr");
        cliquer(robot, "#enregistrer-organisation");
        assertThat(robot.lookup("#mise-en-place-terminee").query().isVisible()).isTrue();
        cliquer(robot, "#etape-suivante");
        assertThat(robot.lookup("#mise-en-place").tryQuery()).as("« Terminer » ferme la mise en place").isEmpty();
        assertThat(dialogues.erreurs).isEmpty();

        // a situation, and its request with the prescriber chosen from the directory
        Utilisateur coordinatrice = services.utilisateur();
        List<Membre> membres = services.miseEnPlace().gererMembres().actifs();
        Membre sociale = membres.stream().filter(m -> m.role() == Role.REFERENT_SOCIAL).findFirst().orElseThrow();
        Situation situation = services.situations().creerSituation().creer(new FicheSituation("269054958815780",
                "Roy", "Anne", LocalDate.of(1969, 5, 12), Sexe.FEMININ, StatutAssure.SALARIE, "", "",
                new Adresse("3 rue des Tanneurs", "", "58000", "Nevers"), "Fictive", "73282932000074", "Soudeuse",
                Origine.MEDECIN_TRAVAIL, LocalDate.of(2026, 11, 2), Risque.MALADIE, LocalDate.of(2026, 9, 1), null,
                sociale.id(), false, "", false, "", LocalDate.of(2026, 11, 2), Set.of(Partenaire.CAP_EMPLOI), "", ""))
                .situation();
        AtomicReference<Optional<Demande>> demande = new AtomicReference<>();
        Platform.runLater(() -> demande.set(new FormulaireDemande(
                new FenetrePrincipaleCablee(services).demande(), ExecuteurTaches.synchrone(),
                situation.id(), null).showAndWait()));
        attendre();
        assertThat(robot.lookup("#champ-prescripteur").<ComboBox<String>>query().getItems())
                .containsExactly("Cap Emploi Nièvre");
        choisir(robot, "#champ-mesure", TypeMesure.BILAN_COMPETENCES);
        choisir(robot, "#champ-prescripteur", "Cap Emploi Nièvre");
        robot.interact(() -> {
            robot.lookup("#champ-debut").queryAs(DatePicker.class).setValue(LocalDate.of(2027, 1, 4));
            robot.lookup("#champ-fin").queryAs(DatePicker.class).setValue(LocalDate.of(2027, 1, 29));
        });
        saisir(robot, "#champ-duree", "24");
        cliquer(robot, "#enregistrer-demande");
        assertThat(demande.get()).isPresent();
        assertThat(demande.get().get().prescripteur()).isEqualTo("Cap Emploi Nièvre");

        // a meeting with her members: planned, agenda, attendance with quorum, a decision, closed
        Seance seance = services.seances().preparerSeance().planifier(new PlanSeance(null,
                LocalDate.of(2026, 12, 3), LocalTime.of(14, 0), "CPAM de la Nièvre, salle du conseil", "",
                sociale.id(), membres.stream().map(Membre::id).toList()));
        seance = services.seances().preparerSeance().enregistrerOrdreDuJour(seance,
                services.seances().preparerSeance().proposer(seance.id()));
        assertThat(seance.ordreDuJour()).hasSize(1);
        services.seances().tenirSeance().ouvrir(seance.id(), true);
        seance = services.seances().tenirSeance().enregistrerPresences(seance.id(), membres.stream()
                .map(m -> new Presence(m.id(), EtatPresence.PRESENT)).toList(), List.of());
        assertThat(services.seances().tenirSeance().constatQuorum(seance)).isEqualTo("Quorum atteint.");
        services.seances().deciderEnSeance().decider(seance.id(), new SaisieDecision(demande.get().get().id(),
                IssueDecision.ACCORD, AvisMedical.FAVORABLE, "", "", LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 1, 29), null, "", null, "", List.of()));
        Seance close = services.seances().tenirSeance().cloturer(seance.id());

        // the documents, signed with the trial certificate: refused until the directory names the data-protection
        // officer every letter's notice gives
        dialogues.motDePasse = CERTIFICAT;
        robot.interact(() -> new GenerationDocuments(services.documents().generationDocuments(),
                ExecuteurTaches.synchrone(), dialogues,
                new ProgressBar()).generer(close, () -> { }));
        attendre();
        assertThat(dialogues.erreurs).singleElement().asString().contains("il manque : le délégué à la protection "
                + "des données (Annuaire");
        dialogues.erreurs.clear();
        services.miseEnPlace().gererAnnuaire().ajouter(new fr.cellulepdp.model.annuaire.FicheOrganisation(
                TypeOrganisation.PROTECTION_DONNEES, "Délégué à la protection des données de la CPAM",
                new fr.cellulepdp.model.commun.Adresse("1 rue de l'Essai", "", "58000", "Nevers"),
                "dpo@exemple.fr", ""));
        robot.interact(() -> new GenerationDocuments(services.documents().generationDocuments(),
                ExecuteurTaches.synchrone(), dialogues,
                new ProgressBar()).generer(close, () -> { }));
        attendre();
        assertThat(dialogues.erreurs).isEmpty();
        assertThat(dialogues.informations).anySatisfy(i -> assertThat(i).contains("signés"));
        Path courriers = services.dossierDocuments().resolve("seance-001").resolve("courriers");
        Path lettre;
        try (Stream<Path> fichiers = Files.list(courriers)) {
            lettre = fichiers.filter(f -> f.getFileName().toString().endsWith("-accord.pdf")).findFirst()
                    .orElseThrow();
        }
        try (PDDocument pdf = Loader.loadPDF(lettre.toFile())) {
            assertThat(pdf.getSignatureDictionaries()).as("signé").isNotEmpty();
            // what a reader sees: the page and the signature's own frame
            String texte = fr.cellulepdp.app.document.CadresVisibles.texte(Files.readAllBytes(lettre))
                    .replaceAll("[\\u00a0\\u202f]", " ");
            assertThat(texte).contains("Cellule locale PDP de la Nièvre", "CPAM de la Nièvre",
                    "7 rue de la Préfecture 58000 Nevers", "03 86 21 00 00 — cellule.pdp@cpam58.exemple.fr",
                    "Nevers, le 3 décembre 2026", "Pour le directeur et par délégation", "Bertrand Lemoine",
                    "Directeur de la CPAM de la Nièvre", "Madame Anne ROY");
            assertThat(texte.indexOf("Cellule locale PDP de la Nièvre")).as("en-tête en haut de page")
                    .isLessThan(texte.indexOf("Nevers, le"));
            assertThat(texte.indexOf("Pour le directeur et par délégation")).as("la délégation, puis le signataire")
                    .isLessThan(texte.lastIndexOf("Bertrand Lemoine"));
        }
    }

    private static void ajouterMembre(FxRobot robot, String prenom, String nom, String fonction, Role role) {
        cliquer(robot, "#nouveau-membre");
        saisir(robot, "#membre-prenom", prenom, "#membre-nom", nom, "#membre-fonction", fonction);
        robot.interact(() -> {
            robot.lookup("#membre-organisation").<ComboBox<?>>query().getEditor().setText("CPAM de la Nièvre");
            robot.lookup("#membre-role").<ComboBox<Role>>query().setValue(role);
        });
        cliquer(robot, "#enregistrer-membre");
        assertThat(texte(robot, "#etat-membres")).startsWith("Membre ajouté : " + prenom + " " + nom);
    }
}
