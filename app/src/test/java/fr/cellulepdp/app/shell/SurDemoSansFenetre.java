package fr.cellulepdp.app.shell;

import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo cell in a real H2 file database, on 23 November 2026, for view-model tests without a window: loaded once
 * per test class (which may add its data in a {@code @BeforeAll} of its own, run after this one).
 */
public abstract class SurDemoSansFenetre {

    protected static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-23T09:00:00Z"));

    @TempDir
    protected static Path dossier;

    protected static Services services;

    private static Utilisateur coordinatrice;

    @BeforeAll
    static void chargerLaDemo() {
        services = Services.ouvrir(dossier.resolve("cellule"), HORLOGE);
        services.miseEnPlace().chargerDonneesDemo().executer(services.horloge().aujourdhui());
        coordinatrice = services.utilisateur();
    }

    /** The coordinatrice the demo is opened as. */
    protected static Utilisateur coordinatrice() {
        return coordinatrice;
    }

    /**
     * Logs {@code utilisateur} in, as his login would: the use cases the wiring built act as him from then on, until
     * the test ends.
     */
    protected static Utilisateur connecter(Utilisateur utilisateur) {
        services.connecter(utilisateur);
        return utilisateur;
    }

    @AfterEach
    void reconnecterLaCoordinatrice() {
        services.connecter(coordinatrice);
    }

    @AfterAll
    static void fermerLaDemo() {
        services.close();
    }
}
