package fr.cellulepdp.app.parametres;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paramètres › Courriers › Mentions légales: whether the adjournment letters give the appeal route. */
class ModeleRecoursAjournementTest {

    @TempDir
    Path dossier;

    private Services services;

    @BeforeEach
    void ouvrir() {
        services = Services.ouvrir(dossier.resolve("cellule"), Horloge.systeme());
        services.chargerDonneesDemo().executer(services.utilisateur(), LocalDate.of(2026, 11, 23));
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    @Test
    void off_by_default_then_saved_and_read_back() {
        ModeleRecoursAjournement modele = new ModeleRecoursAjournement(services, ExecuteurTaches.synchrone());
        modele.charger();
        assertThat(modele.recoursProperty().get()).isFalse();

        modele.recoursProperty().set(true);
        modele.enregistrer();

        assertThat(modele.messageProperty().get())
                .isEqualTo("Réglage enregistré : les courriers d’ajournement donneront la voie de recours.");
        ModeleRecoursAjournement relu = new ModeleRecoursAjournement(services, ExecuteurTaches.synchrone());
        relu.charger();
        assertThat(relu.recoursProperty().get()).isTrue();
        assertThat(services.stockage().cellules().renseignee().recoursSurAjournement()).isTrue();
    }

    @Test
    void a_referent_cannot_change_it() {
        services.connecter(new Utilisateur(UUID.randomUUID(), "referent", Role.REFERENT_SOCIAL));
        ModeleRecoursAjournement modele = new ModeleRecoursAjournement(services, ExecuteurTaches.synchrone());
        modele.recoursProperty().set(true);
        modele.enregistrer();

        assertThat(modele.messageProperty().get()).startsWith("Réglage refusé").contains("seule la coordinatrice");
        assertThat(services.stockage().cellules().renseignee().recoursSurAjournement()).isFalse();
    }
}
