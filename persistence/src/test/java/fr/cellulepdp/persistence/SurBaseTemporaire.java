package fr.cellulepdp.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests on a real H2 file database, new for each test, in a temporary folder. */
abstract class SurBaseTemporaire {

    @TempDir
    Path dossier;

    Path fichier;
    BaseDeDonnees base;

    /** The database file, relative to the temporary folder, without ".mv.db". */
    String cheminBase() {
        return "cellule";
    }

    @BeforeEach
    void ouvrirLaBase() {
        fichier = dossier.resolve(cheminBase());
        base = BaseDeDonnees.ouvrir(fichier);
    }

    @AfterEach
    void fermerLaBase() {
        base.close();
    }
}
