package fr.cellulepdp.app.shell;

import fr.cellulepdp.app.wiring.FenetrePrincipaleCablee;
import fr.cellulepdp.app.ui.DialoguesScriptes;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import java.nio.file.Path;
import java.time.Instant;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The real main window, headless, on a real H2 file database holding the demo cell, on 23 November 2026; scripted
 * dialogs. Subclasses call {@link #demarrer} from their {@code @Start} and add their data in {@link #apresLaDemo()}.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class SurFenetreDemo {

    protected static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-23T09:00:00Z"));

    @TempDir
    protected Path dossier;

    protected Services services;
    protected FenetrePrincipale fenetre;
    protected final DialoguesScriptes dialogues = new DialoguesScriptes();

    /** Called from each subclass's own {@code @Start} method: TestFX looks for it on the test class itself. */
    protected void demarrer(Stage stage) {
        services = Services.ouvrir(dossier.resolve("cellule"), HORLOGE);
        fenetre = new FenetrePrincipale(new FenetrePrincipaleCablee(services), ExecuteurTaches.synchrone(), dialogues);
        stage.setScene(ApplicationPdp.scene(fenetre));
        stage.show();
        fenetre.chargerDonneesDemo();
        apresLaDemo();
    }

    /** Extra data for one test class, written once the demo is loaded. */
    protected void apresLaDemo() {
    }

    @AfterEach
    protected void fermer() {
        services.close();
    }
}
