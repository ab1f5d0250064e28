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
            DialogueConnexion.creerPremier(services, "helene.martinel", MOT_DE_PASSE.toCharArray(),
                    MOT_DE_PASSE.toCharArray());
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
        modele.valider("helene.martinel", MOT_DE_PASSE.toCharArray(), new char[0]);

        assertThat(ouverts).as("rien d’ouvert par l’appel lui-même").isNull();
        assertThat(modele.enCoursProperty().get()).isTrue();
        modele.valider("helene.martinel", MOT_DE_PASSE.toCharArray(), new char[0]);
        assertThat(enAttente).as("une seconde validation pendant l’ouverture est ignorée").hasSize(1);

        arrierePlanTermine();

        assertThat(filsDuTravail).doesNotContain(Thread.currentThread());
        assertThat(modele.enCoursProperty().get()).isFalse();
        assertThat(modele.connecteProperty().get()).extracting(Utilisateur::role).isEqualTo(Role.COORDINATRICE);
        assertThat(modele.problemeProperty().get()).isEmpty();
    }

    @Test
    void a_wrong_password_is_refused_in_french_and_nothing_stays_open() {
        modele.valider("helene.martinel", "Mauvais-mot-de-passe-1".toCharArray(), new char[0]);
        arrierePlanTermine();

        assertThat(modele.enCoursProperty().get()).isFalse();
        assertThat(modele.connecteProperty().get()).isNull();
        assertThat(modele.problemeProperty().get()).isNotBlank().doesNotContain("Exception");
        assertThat(ouverts).isNull();
    }

    @Test
    void an_empty_password_is_never_tried() {
        modele.valider("helene.martinel", new char[0], new char[0]);

        assertThat(enAttente).isEmpty();
        assertThat(modele.problemeProperty().get()).isEqualTo("Tapez le mot de passe.");
    }
}
