package fr.cellulepdp.app.shell;

import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
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

    @BeforeAll
    static void chargerLaDemo() {
        services = Services.ouvrir(dossier.resolve("cellule"), HORLOGE);
        services.chargerDonneesDemo().executer(services.horloge().aujourdhui());
    }

    @AfterAll
    static void fermerLaDemo() {
        services.close();
    }
}
