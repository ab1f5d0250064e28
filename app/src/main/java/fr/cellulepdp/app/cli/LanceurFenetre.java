package fr.cellulepdp.app.cli;

import java.nio.file.Path;

/** Opens the window on a database and returns when it is closed (replaced in tests). */
@FunctionalInterface
public interface LanceurFenetre {
    void lancer(Path base);
}
