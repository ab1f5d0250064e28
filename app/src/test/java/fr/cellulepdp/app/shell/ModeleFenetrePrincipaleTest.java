package fr.cellulepdp.app.shell;

import fr.cellulepdp.app.wiring.FenetrePrincipaleCablee;
import fr.cellulepdp.app.ui.DialoguesScriptes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.app.sauvegarde.SauvegardeAutomatique;
import fr.cellulepdp.app.shell.ModeleFenetrePrincipale.Commande;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.importation.ClasseLigne;
import fr.cellulepdp.model.importation.LigneClassee;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main window's view model without a window, on a real H2 file database (empty unless a test loads the demo):
 * the commands and pages by role, the status bar, the menu's actions and the log-out.
 */
class ModeleFenetrePrincipaleTest {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-23T09:00:00Z"));
    private static final Set<Commande> DE_TOUS = EnumSet.of(Commande.RECHERCHER, Commande.MOT_DE_PASSE,
            Commande.DECONNEXION, Commande.QUITTER, Commande.JOURNAUX, Commande.A_PROPOS);

    @TempDir
    Path dossier;

    private Services services;
    private SauvegardeAutomatique sauvegarde;
    private final DialoguesScriptes dialogues = new DialoguesScriptes();
    private final AtomicInteger actualisations = new AtomicInteger();
    /** The pages read again after each change, by id. */
    private final List<String> pagesRelues = new ArrayList<>();

    @BeforeEach
    void ouvrir() {
        services = Services.ouvrir(dossier.resolve("cellule"), HORLOGE);
        sauvegarde = services.sauvegardes().sauvegardeAutomatique(instant -> { });
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    private ModeleFenetrePrincipale modele(ExecuteurTaches executeur) {
        ModeleFenetrePrincipale modele =
                new FenetrePrincipaleCablee(services).modele(sauvegarde, executeur, Runnable::run,
                dialogues);
        modele.surChangement(page -> {
            actualisations.incrementAndGet();
            pagesRelues.add(page);
        });
        return modele;
    }

    private ModeleFenetrePrincipale modele() {
        return modele(ExecuteurTaches.synchrone());
    }

    private ModeleFenetrePrincipale modeleDe(Role role) {
        services.connecter(new Utilisateur(null, "essai." + role.name().toLowerCase(), role));
        return modele();
    }

    @Test
    void each_role_is_offered_only_the_commands_and_pages_it_may_use() {
        ModeleFenetrePrincipale coordinatrice = modeleDe(Role.COORDINATRICE);
        assertThat(coordinatrice.commandes()).isEqualTo(EnumSet.allOf(Commande.class));
        assertThat(coordinatrice.pagesDeLaCoordinatrice()).isTrue();
        assertThat(coordinatrice.situationCreable()).isTrue();
        assertThat(coordinatrice.pageSuivis()).isTrue();
        assertThat(coordinatrice.dossiersOuvrables()).isTrue();

        for (Role redacteur : List.of(Role.REFERENT_SOCIAL, Role.REFERENT_MEDICAL)) {
            ModeleFenetrePrincipale modele = modeleDe(redacteur);
            Set<Commande> attendues = EnumSet.copyOf(DE_TOUS);
            attendues.add(Commande.IMPORTER);
            assertThat(modele.commandes()).as(redacteur.name()).isEqualTo(attendues);
            assertThat(modele.pagesDeLaCoordinatrice()).isFalse();
            assertThat(modele.situationCreable()).isTrue();
            assertThat(modele.pageSuivis()).isTrue();
            assertThat(modele.dossiersOuvrables()).isTrue();
        }
        for (Role lecteur : List.of(Role.REFERENT_ADMINISTRATIF, Role.PARTENAIRE)) {
            ModeleFenetrePrincipale modele = modeleDe(lecteur);
            assertThat(modele.commandes()).as(lecteur.name()).isEqualTo(DE_TOUS);
            assertThat(modele.pagesDeLaCoordinatrice()).isFalse();
            assertThat(modele.situationCreable()).isFalse();
            assertThat(modele.pageSuivis()).as(lecteur.name()).isEqualTo(lecteur != Role.PARTENAIRE);
            assertThat(modele.dossiersOuvrables()).as(lecteur.name()).isEqualTo(lecteur != Role.PARTENAIRE);
        }
    }

    @Test
    void a_role_that_writes_no_file_reads_nothing_for_a_new_situation() {
        List<Integer> formulaires = new ArrayList<>();

        modeleDe(Role.REFERENT_ADMINISTRATIF).nouvelleSituation(referents -> formulaires.add(referents.size()));
        assertThat(formulaires).isEmpty();

        modeleDe(Role.REFERENT_SOCIAL).nouvelleSituation(referents -> formulaires.add(referents.size()));
        assertThat(formulaires).containsExactly(services.miseEnPlace().gererMembres().referentsSociauxActifs().size());
    }

    @Test
    void the_status_bar_names_the_user_and_the_database_in_use() {
        ModeleFenetrePrincipale modele = modeleDe(Role.REFERENT_SOCIAL);

        assertThat(modele.connecteProperty().get()).isEqualTo("essai.referent_social (Référent social)");
        assertThat(modele.base()).startsWith("Base : H2 : ").endsWith("cellule.mv.db (chiffrée)");
        modele.actualiserSauvegarde();
        assertThat(modele.derniereSauvegardeProperty().get()).isNotEmpty();
    }

    @Test
    void logging_out_closes_the_windows_at_once_and_ends_the_session_after_the_work_already_queued() {
        services.connecter(new Utilisateur(null, "helene.martinel", Role.COORDINATRICE));
        List<Runnable> enAttente = new ArrayList<>();
        ExecuteurTaches enFile = new ExecuteurTaches() {
            @Override
            public <T> void executer(Callable<T> travail, Consumer<T> succes, Consumer<Exception> echec) {
                enAttente.add(() -> ExecuteurTaches.synchrone().executer(travail, succes, echec));
            }
        };
        ModeleFenetrePrincipale modele = modele(enFile);
        List<String> etapes = new ArrayList<>();
        modele.surDeconnexion(() -> etapes.add("fenêtres fermées"), () -> etapes.add("connexion demandée"));
        // a reading queued before the log-out, as the Séances list read again when a meeting window closes
        enFile.executer(() -> services.utilisateur().identifiant(), etapes::add, e -> etapes.add("refusée"));

        modele.seDeconnecter();
        assertThat(etapes).containsExactly("fenêtres fermées");
        enAttente.forEach(Runnable::run);

        assertThat(etapes).containsExactly("fenêtres fermées", "helene.martinel", "connexion demandée");
        assertThat(modele.connecteProperty().get()).isEmpty();
        assertThatThrownBy(services::utilisateur).as("plus personne au nom de qui agir")
                .hasMessageContaining("reconnectez-vous");
    }

    @Test
    void the_demo_is_loaded_only_once_confirmed_then_the_page_shown_is_read_again_and_never_twice() {
        ModeleFenetrePrincipale modele = modele();
        dialogues.reponseConfirmation = false;
        modele.chargerDonneesDemo();
        assertThat(services.stockage().situations().count()).isZero();
        assertThat(actualisations).hasValue(0);

        dialogues.reponseConfirmation = true;
        modele.chargerDonneesDemo();
        long situations = services.stockage().situations().count();
        assertThat(situations).isGreaterThan(60);
        assertThat(modele.messageProperty().get()).contains("60 personnes");
        assertThat(actualisations).hasValue(1);
        assertThat(pagesRelues).as("the page shown, not every page").containsExactly("situations");
        long courriers = services.courriers().suivreCourriers().enAttente();
        assertThat(modele.courriersVisiblesProperty().get()).isEqualTo(courriers > 0);
        assertThat(modele.courriersProperty().get()).isEqualTo(ModeleFenetrePrincipale.texteBadge(courriers))
                .contains(courriers == 0 ? "aucun courrier" : courriers + " courrier");
        assertThat(dialogues.erreurs).isEmpty();

        modele.chargerDonneesDemo();
        assertThat(dialogues.erreurs).singleElement().asString()
                .startsWith("Opération refusée : La base contient déjà des données");
        assertThat(services.stockage().situations().count()).isEqualTo(situations);
        assertThat(modele.messageProperty().get()).isEmpty();
    }

    @Test
    void the_demo_is_offered_on_an_empty_database_only_and_to_the_coordinatrice_only() {
        ModeleFenetrePrincipale referente = modeleDe(Role.REFERENT_SOCIAL);
        referente.actualiserDemo();
        assertThat(referente.demoProposeeProperty().get()).isFalse();

        ModeleFenetrePrincipale modele = modeleDe(Role.COORDINATRICE);
        assertThat(modele.demoProposeeProperty().get()).as("pas encore lu").isFalse();
        modele.actualiserDemo();
        assertThat(modele.demoProposeeProperty().get()).isTrue();

        dialogues.reponseConfirmation = true;
        modele.chargerDonneesDemo();
        assertThat(modele.demoProposeeProperty().get()).as("la base n'est plus vide").isFalse();
        modele.actualiserDemo();
        assertThat(modele.demoProposeeProperty().get()).isFalse();
        assertThat(dialogues.erreurs).isEmpty();
    }

    private Path listeIj60(String... lignes) throws Exception {
        Path fichier = dossier.resolve("ij60.csv");
        Files.writeString(fichier, "nir;nom;prenom;date_debut_arret;risque;service\n" + String.join("\n", lignes)
                + "\n");
        return fichier;
    }

    @Test
    void importing_the_monthly_list_previews_then_creates_only_the_good_rows_with_progress() throws Exception {
        ModeleFenetrePrincipale modele = modele();
        List<Double> avancement = new ArrayList<>();
        modele.progressionProperty().addListener((o, avant, valeur) -> avancement.add(valeur.doubleValue()));
        Path fichier = listeIj60("269054958815780;Roy;Anne;01/08/2026;maladie;x",
                "269054958815780;Roy;Anne;01/08/2026;maladie;x",
                "269054958815781;Faux;Nir;01/08/2026;mp;x");

        modele.importerListeIj60(fichier);

        assertThat(dialogues.apercus).singleElement().satisfies(apercu -> {
            assertThat(apercu.nombre(ClasseLigne.NOUVELLE)).isEqualTo(1);
            assertThat(apercu.erreurs()).extracting(LigneClassee::numeroLigne).containsExactly(3, 4);
        });
        assertThat(services.stockage().situations().count()).isEqualTo(1);
        assertThat(modele.messageProperty().get()).isEqualTo("1 situation(s) créée(s) par l'import.");
        assertThat(avancement).isNotEmpty().last().isEqualTo(1.0);
        assertThat(modele.progressionVisibleProperty().get()).isFalse();
        assertThat(actualisations).hasValue(1);
    }

    @Test
    void an_unknown_column_is_named_and_cancelling_the_preview_writes_nothing() throws Exception {
        ModeleFenetrePrincipale modele = modele();
        dialogues.reponseConfirmation = false;

        modele.importerListeIj60(listeIj60("269054958815780;Roy;Anne;01/08/2026;maladie;x"));

        assertThat(dialogues.apercus).hasSize(1);
        assertThat(modele.messageProperty().get()).isEqualTo("Colonne(s) inconnue(s), ignorée(s) : service.");
        assertThat(services.stockage().situations().count()).isZero();
    }

    @Test
    void an_unreadable_list_is_refused_with_a_french_message() throws Exception {
        Path fichier = dossier.resolve("mauvais.csv");
        Files.writeString(fichier, "colonne;autre\n1;2\n");

        modele().importerListeIj60(fichier);

        assertThat(dialogues.erreurs).singleElement().asString()
                .startsWith("Opération refusée : fichier : colonne(s) obligatoire(s)");
        assertThat(dialogues.apercus).isEmpty();
    }

    @Test
    void restoring_refuses_a_wrong_password_then_replaces_the_data_and_closes() {
        ModeleFenetrePrincipale modele = modele();
        Path fichier = dossier.resolve("cle/cellule.sauvegarde");
        fr.cellulepdp.app.sauvegarde.Sauvegarde.sauvegarder(services.sauvegardes().sauvegarde(), fichier,
                "Bon-Mot-De-Passe-1".toCharArray());
        services.seances().motifsTypes().ajouter("Phrase écrite après la sauvegarde.");
        long motifs = services.stockage().motifsTypes().count();
        dialogues.fichierEnregistrement = fichier;
        AtomicBoolean fermee = new AtomicBoolean();

        dialogues.motDePasse = "mauvais";
        modele.restaurer(() -> fermee.set(true));
        assertThat(dialogues.erreurs).singleElement().asString().contains("mot de passe");
        assertThat(fermee).isFalse();
        assertThat(services.stockage().motifsTypes().count()).as("base toujours ouverte, inchangée").isEqualTo(motifs);

        dialogues.motDePasse = "Bon-Mot-De-Passe-1";
        modele.restaurer(() -> fermee.set(true));
        assertThat(fermee).isTrue();
        assertThat(dialogues.informations).anySatisfy(i -> assertThat(i).contains("La sauvegarde est restaurée"));
        services = Services.ouvrir(dossier.resolve("cellule"), HORLOGE); // closed by the restore
        assertThat(services.stockage().motifsTypes().count()).isEqualTo(motifs - 1);
    }

    private fr.cellulepdp.model.situation.CreerSituation.Resultat enregistrerRoy() {
        return services.situations().creerSituation().creer(new fr.cellulepdp.model.situation.FicheSituation(
                "269054958815780", "Roy", "Anne", java.time.LocalDate.of(1969, 5, 12),
                fr.cellulepdp.model.situation.Sexe.FEMININ, fr.cellulepdp.model.situation.StatutAssure.SALARIE, "", "",
                new fr.cellulepdp.model.commun.Adresse("3 rue des Tanneurs", "", "58000", "Nevers"), "Fictive",
                "73282932000074", "Soudeuse", fr.cellulepdp.model.situation.Origine.MEDECIN_TRAVAIL,
                java.time.LocalDate.of(2026, 11, 2), fr.cellulepdp.model.situation.Risque.MALADIE,
                java.time.LocalDate.of(2026, 9, 1), null, null, false, "", false, "", java.time.LocalDate.of(2026, 11,
                        2),
                Set.of(fr.cellulepdp.model.cellule.Partenaire.CAP_EMPLOI), "", ""));
    }

    @Test
    void a_saved_situation_is_announced_and_one_already_open_is_explained_then_shown_either_way() {
        ModeleFenetrePrincipale modele = modeleDe(Role.COORDINATRICE);
        List<String> affichees = new ArrayList<>();

        var creee = enregistrerRoy();
        modele.situationEnregistree(creee, affichees::add);
        assertThat(modele.messageProperty().get()).isEqualTo("Situation " + creee.situation().numeroDossier()
                + " créée.");
        assertThat(dialogues.informations).isEmpty();
        assertThat(actualisations).as("the page shown read again").hasValue(1);

        modele.pageAffichee("seances");
        modele.messageProperty().set("");
        var dejaOuverte = enregistrerRoy();
        assertThat(dejaOuverte.creee()).isFalse();
        modele.situationEnregistree(dejaOuverte, affichees::add);
        assertThat(dialogues.informations).singleElement().asString().contains("déjà une situation ouverte, "
                + creee.situation().numeroDossier(), "plutôt que dupliquée");
        assertThat(modele.messageProperty().get()).as("no « créée » for a file that was not").isEmpty();
        assertThat(actualisations).hasValue(2);
        assertThat(pagesRelues).as("the page shown each time, not every page").containsExactly("situations", "seances");
        assertThat(affichees).containsExactly(creee.situation().numeroDossier(), creee.situation().numeroDossier());
    }

    @Test
    void the_message_of_what_was_done_goes_when_the_user_goes_to_another_page() {
        ModeleFenetrePrincipale modele = modeleDe(Role.COORDINATRICE);
        var creee = enregistrerRoy();
        modele.situationEnregistree(creee, numero -> { });
        assertThat(modele.messageProperty().get()).isEqualTo("Situation " + creee.situation().numeroDossier()
                + " créée.");

        modele.pageChangee();
        assertThat(modele.messageProperty().get()).as("plus rien à voir avec la page Séances").isEmpty();
    }

    @Test
    void sending_the_letters_shows_its_progress_then_the_report_or_the_refusal_and_hides_the_progress() {
        ModeleFenetrePrincipale partenaire = modeleDe(Role.PARTENAIRE);
        List<Boolean> progression = new ArrayList<>();
        partenaire.progressionVisibleProperty().addListener((o, avant, visible) -> progression.add(visible));
        partenaire.envoyerCourriers();
        assertThat(dialogues.erreurs).singleElement().asString().startsWith("Opération refusée");
        assertThat(progression).as("shown during the round, hidden after a refusal").containsExactly(true, false);
        assertThat(partenaire.messageProperty().get()).doesNotContain("envoyé");

        dialogues.erreurs.clear();
        ModeleFenetrePrincipale coordinatrice = modeleDe(Role.COORDINATRICE);
        coordinatrice.envoyerCourriers();
        assertThat(dialogues.erreurs).singleElement().asString().contains("serveur d'envoi n'est pas paramétré");
        assertThat(coordinatrice.progressionVisibleProperty().get()).isFalse();

        dialogues.erreurs.clear();
        services.courriers().parametrerSmtp().enregistrer("localhost", 2525,
                fr.cellulepdp.model.notification.SecuriteSmtp.AUCUNE, "", null, "cellule@exemple.fr", "Cellule");
        coordinatrice.envoyerCourriers();
        assertThat(dialogues.erreurs).isEmpty();
        assertThat(coordinatrice.messageProperty().get()).isEqualTo("0 courrier(s) envoyé(s), 0 en échec, 0 en "
                + "attente.");
        assertThat(coordinatrice.progressionVisibleProperty().get()).isFalse();
        assertThat(coordinatrice.courriersVisiblesProperty().get()).as("the badge read again: nothing waits").isFalse();
    }

    /** Was a TestFX test of the main window (FenetrePrincipaleTest), which it never looked at. */
    @Test
    void the_demo_loaded_from_the_menu_reads_the_same_after_closing_and_reopening() {
        dialogues.reponseConfirmation = true;
        modele().chargerDonneesDemo();
        var avant = services.situations().listerSituations().lister();
        assertThat(avant).hasSizeGreaterThan(60);
        services.close();

        services = fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(dossier.resolve("cellule"), HORLOGE);

        assertThat(services.situations().listerSituations().lister()).isEqualTo(avant);
    }

    @Test
    void the_badge_counts_the_letters_waiting_as_a_french_number() {
        assertThat(ModeleFenetrePrincipale.texteBadge(1)).isEqualTo("1 courrier en attente d'envoi");
        assertThat(ModeleFenetrePrincipale.texteBadge(1783)).isEqualTo("1\u202f783 courriers en attente d'envoi");
    }
}
