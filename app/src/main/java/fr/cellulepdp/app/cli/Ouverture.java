package fr.cellulepdp.app.cli;

import fr.cellulepdp.persistence.base.AccesBase;
import java.util.function.Supplier;

/**
 * How a command opens the database as the account of the command line (--db, --user) and gets what it uses, built
 * by the wiring (decision record 0044). The login comes first, so that a refused account or right touches nothing.
 *
 * @param <B> what the command uses: its record of use cases and the session
 */
@FunctionalInterface
public interface Ouverture<B> {

    Ouverte<B> ouvrir(Identification identification);

    /**
     * The options that open the database: the account (null when --user is absent), its password asked only when
     * needed, and whether a base with no account yet opens as an anonymous coordinatrice ({@code avertir} then says
     * that no password protects it).
     */
    record Identification(AccesBase acces, String compte, Supplier<char[]> motDePasse, boolean avantLePremierCompte,
                          Runnable avertirSansCompte) {
    }

    /** What the command uses, on the database opened as its account; closing it closes the database. */
    record Ouverte<B>(B besoins, Runnable fermer) implements AutoCloseable {
        @Override
        public void close() {
            fermer.run();
        }
    }
}
