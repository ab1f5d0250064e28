package fr.cellulepdp.app.compte;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.persistence.base.AccesBase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The login's view model without a window, on a real encrypted H2 file: opening the file with the password is
 * handed to the executor (in the window a background thread), never run by the call that validates, which comes
 * from the JavaFX thread.
 */
class ModeleConnexionTest {

    private static final String MOT_DE_PASSE = "Cellule-PDP-2026!";

    @TempDir
    Path dossier;

    /** Holds the work handed over, as the background thread would, until the test runs it. */
    private final List<Runnable> enAttente = new ArrayList<>();
    private final List<Thread> filsDuTravail = new ArrayList<>();
    private final ExecuteurTaches arrierePlan = new ExecuteurTaches() {
        @Override
        public <T> void executer(Callable<T> travail, Consumer<T> succes, Consumer<Exception> echec) {
            enAttente.add(() -> ExecuteurTaches.synchrone().executer(() -> {
                filsDuTravail.add(Thread.currentThread());
                return travail.call();
            }, succes, echec));
        }
    };
    private Services ouverts;
    private ModeleConnexion modele;

    @BeforeEach
    void baseChiffreeAvecUnCompte() {
        try (Services services = Services.ouvrir(dossier.resolve("cellule"), Instant::now)) {
            services.miseEnPlace().gererComptes().creerPremierPourLaCoordinatrice("helene.martinel",
                    MOT_DE_PASSE.toCharArray(), MOT_DE_PASSE.toCharArray()).utilisateur();
        }
        modele = new ModeleConnexion(arrierePlan, (login, motDePasse, confirmation) -> {
            ouverts = Services.ouvrir(AccesBase.fichier(dossier.resolve("cellule")), Instant::now, login, motDePasse);
            return ouverts.utilisateur();
        }, "Connexion refusée");
    }

    @AfterEach
    void fermer() {
        if (ouverts != null) {
            ouverts.close();
        }
    }

    private void arrierePlanTermine() {
        Thread travail = new Thread(() -> enAttente.remove(0).run());
        travail.start();
        try {
            travail.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_database_opens_on_the_executor_while_the_dialog_shows_progress() {
        modele.identifiantProperty().set("helene.martinel");
        modele.motDePasseProperty().set(MOT_DE_PASSE);
        modele.valider();

        assertThat(ouverts).as("rien d’ouvert par l’appel lui-même").isNull();
        assertThat(modele.enCoursProperty().get()).isTrue();
        modele.identifiantProperty().set("helene.martinel");
        modele.motDePasseProperty().set(MOT_DE_PASSE);
        modele.valider();
        assertThat(enAttente).as("une seconde validation pendant l’ouverture est ignorée").hasSize(1);

        arrierePlanTermine();

        assertThat(filsDuTravail).doesNotContain(Thread.currentThread());
        assertThat(modele.enCoursProperty().get()).isFalse();
        assertThat(modele.connecteProperty().get()).extracting(Utilisateur::role).isEqualTo(Role.COORDINATRICE);
        assertThat(modele.problemeProperty().get()).isEmpty();
    }

    @Test
    void a_wrong_password_is_refused_in_french_and_nothing_stays_open() {
        modele.identifiantProperty().set("helene.martinel");
        modele.motDePasseProperty().set("Mauvais-mot-de-passe-1");
        modele.valider();
        arrierePlanTermine();

        assertThat(modele.enCoursProperty().get()).isFalse();
        assertThat(modele.connecteProperty().get()).isNull();
        assertThat(modele.problemeProperty().get()).isNotBlank().doesNotContain("Exception");
        assertThat(ouverts).isNull();
    }

    @Test
    void an_empty_password_is_never_tried() {
        modele.identifiantProperty().set("helene.martinel");
        modele.motDePasseProperty().set("");
        modele.valider();

        assertThat(enAttente).isEmpty();
        assertThat(modele.problemeProperty().get()).isEqualTo("Tapez le mot de passe.");
    }

    @Test
    void a_refused_login_keeps_the_identifiant_and_clears_the_password_to_type_it_again() {
        modele.identifiantProperty().set("helene.martinel");
        modele.motDePasseProperty().set("Mauvais-mot-de-passe-1");
        modele.valider();
        assertThat(modele.validable().get()).as("pas de second essai pendant l’ouverture").isFalse();
        arrierePlanTermine();

        assertThat(modele.identifiantProperty().get()).isEqualTo("helene.martinel");
        assertThat(modele.motDePasseProperty().get()).isEmpty();
        assertThat(modele.problemeProperty().get()).startsWith("Connexion refusée");
        assertThat(modele.validable().get()).isTrue();

        modele.motDePasseProperty().set(MOT_DE_PASSE);
        modele.valider();
        arrierePlanTermine();
        assertThat(modele.connecteProperty().get()).extracting(Utilisateur::identifiant).isEqualTo("helene.martinel");
    }

    @Test
    void unlocking_shows_the_session_s_identifiant_fixed_and_checks_the_password_against_it() {
        ModeleConnexion deverrouillage = new ModeleConnexion(ExecuteurTaches.synchrone(), (login, mdp, c) -> {
            ouverts = Services.ouvrir(AccesBase.fichier(dossier.resolve("cellule")), Instant::now, login, mdp);
            return ouverts.utilisateur();
        }, "Connexion refusée").fixerIdentifiant("helene.martinel");

        assertThat(deverrouillage.identifiantModifiableProperty().get()).isFalse();
        deverrouillage.motDePasseProperty().set(MOT_DE_PASSE);
        deverrouillage.valider();

        assertThat(deverrouillage.connecteProperty().get()).extracting(Utilisateur::identifiant)
                .isEqualTo("helene.martinel");
    }

    @Test
    void the_first_account_refused_keeps_its_identifiant_clears_both_passwords_then_is_created() throws Exception {
        java.nio.file.Path neuve = java.nio.file.Files.createDirectories(dossier.resolve("neuve")).resolve("cellule");
        try (Services services = Services.ouvrir(neuve, Instant::now)) {
            ModeleConnexion premier = new ModeleConnexion(ExecuteurTaches.synchrone(), (login, mdp, confirmation) ->
                    services.miseEnPlace().gererComptes().creerPremierPourLaCoordinatrice(login, mdp,
                            confirmation).utilisateur(), "Compte refusé");
            premier.identifiantProperty().set("helene.martinel");
            premier.motDePasseProperty().set("court");
            premier.confirmationProperty().set("court");
            premier.valider();

            assertThat(premier.problemeProperty().get()).contains("Compte refusé", "au moins 12 caractères");
            assertThat(premier.identifiantProperty().get()).isEqualTo("helene.martinel");
            assertThat(premier.motDePasseProperty().get()).isEmpty();
            assertThat(premier.confirmationProperty().get()).isEmpty();
            assertThat(services.miseEnPlace().gererComptes().aucunCompte()).isTrue();

            premier.motDePasseProperty().set(MOT_DE_PASSE);
            premier.confirmationProperty().set(MOT_DE_PASSE);
            premier.valider();
            assertThat(premier.connecteProperty().get()).extracting(Utilisateur::role).isEqualTo(Role.COORDINATRICE);
        }
    }
}
