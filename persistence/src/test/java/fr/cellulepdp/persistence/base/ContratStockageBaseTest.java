package fr.cellulepdp.persistence.base;

import fr.cellulepdp.model.stockage.Stockage;
import fr.cellulepdp.model.memoire.ContratStockage;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract the model's in-memory store also passes, on a real database (H2 file, or PostgreSQL). */
class ContratStockageBaseTest extends ContratStockage {

    @TempDir
    Path dossier;

    private BaseDeDonnees base;

    @BeforeEach
    void ouvrir() {
        base = BasesDeTest.ouvrir(dossier.resolve("contrat"));
    }

    @AfterEach
    void fermer() {
        base.close();
    }

    @Override
    protected Stockage stockage() {
        return base;
    }
}
