package fr.cellulepdp.persistence.situation;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A Java migration over a great many rows that commits batch by batch itself (one transaction over a hundred thousand
 * files made H2 keep every undo entry until the end): run outside Flyway's transaction, without auto-commit, the
 * connection given back as it was.
 */
abstract class MigrationParLots extends BaseJavaMigration {

    @Override
    public final boolean canExecuteInTransaction() {
        return false;
    }

    @Override
    public final void migrate(Context context) throws SQLException {
        Connection connexion = context.getConnection();
        boolean autoCommit = connexion.getAutoCommit();
        try {
            connexion.setAutoCommit(false);
            migrer(connexion);
        } finally {
            connexion.setAutoCommit(autoCommit);
        }
    }

    /** The migration's work; it commits what it wrote. */
    abstract void migrer(Connection connexion) throws SQLException;
}
