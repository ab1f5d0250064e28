package fr.cellulepdp.app.shell;

import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The demo cell in a real H2 file database, on 23 November 2026, for view-model tests without a window: loaded
 * once per test class, then opened by each test.
 */
public final class DemoSansFenetre {

    public static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-23T09:00:00Z"));

    private DemoSansFenetre() {
    }

    /** Loads the demo cell into a new database in {@code dossier}, and keeps it open for the test class. */
    public static Services charger(Path dossier) {
        Services services = Services.ouvrir(dossier.resolve("cellule"), HORLOGE);
        services.chargerDonneesDemo().executer(services.utilisateur(), services.horloge().aujourdhui());
        return services;
    }
}
