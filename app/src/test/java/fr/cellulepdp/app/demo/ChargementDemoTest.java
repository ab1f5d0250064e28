package fr.cellulepdp.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.app.document.CertificatDemo;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading the demo is the coordinatrice's act (the acting person before the first account): another role's session
 * and a closed one are refused before anything is written, data, certificate or accounts. (The demo loaded:
 * every test that opens it.)
 */
class ChargementDemoTest {

    @TempDir
    Path dossier;

    private Services services;
    private ChargementDemo chargement;

    @BeforeEach
    void ouvrir() {
        services = Services.ouvrir(dossier.resolve("cellule"), Horloge.fixe(Instant.parse("2026-11-23T10:00:00Z")));
        chargement = services.miseEnPlace().chargementDemo();
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    private void rienEcrit() {
        assertThat(services.stockage().membres().findAll()).isEmpty();
        assertThat(services.cellule()).isEmpty();
        assertThat(services.stockage().comptes().findAll()).isEmpty();
        assertThat(Files.exists(services.dossierDonnees().resolve(CertificatDemo.FICHIER))).isFalse();
    }

    @Test
    void another_roles_session_is_refused_and_writes_nothing() {
        services.connecter(new Utilisateur(null, "referente", Role.REFERENT_SOCIAL));

        assertThatThrownBy(chargement::charger).isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("seule la coordinatrice");
        assertThatThrownBy(chargement::creerComptes).isInstanceOf(SaisieInvalideException.class);
        rienEcrit();
    }

    @Test
    void after_a_log_out_nobody_loads_it() {
        services.deconnecter();

        assertThatThrownBy(chargement::charger).isInstanceOf(IllegalStateException.class);
        rienEcrit();
    }
}
