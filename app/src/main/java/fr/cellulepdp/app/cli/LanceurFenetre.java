package fr.cellulepdp.app.cli;

import fr.cellulepdp.persistence.base.AccesBase;

/** Opens the window on a database and returns when it is closed (replaced in tests). */
@FunctionalInterface
public interface LanceurFenetre {
    void lancer(AccesBase base);
}
