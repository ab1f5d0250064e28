package fr.cellulepdp.persistence.base;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests on a real database, new for each test: an H2 file in a temporary folder, or on the PostgreSQL run a schema
 * of its own on the test server (see {@link BasesDeTest}).
 */
public abstract class SurBaseTemporaire {

    @TempDir
    public Path dossier;

    public Path fichier;
    public BaseDeDonnees base;

    /** The database file, relative to the temporary folder, without ".mv.db". */
    String cheminBase() {
        return "cellule";
    }

    @BeforeEach
    void ouvrirLaBase() {
        fichier = dossier.resolve(cheminBase());
        base = BasesDeTest.ouvrir(fichier);
    }

    @AfterEach
    void fermerLaBase() {
        base.close();
    }
}
