package fr.cellulepdp.persistence.situation;

import static fr.cellulepdp.persistence.jooq.Tables.SITUATION;
import static fr.cellulepdp.persistence.jooq.Tables.SITUATION_MOT;

import fr.cellulepdp.persistence.depot.Moteur;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * Migration 30.1, after V30 made the table: the search words of the files already there, cut into words by the
 * same Java code as the repositories use (SQL alone could not split names into words alike in H2 and PostgreSQL).
 * It commits every {@value #LOT} files: one transaction for a hundred thousand files made H2 keep every undo entry
 * until the end (gigabytes of memory, a file ten times its size). Run again after an interruption, it starts over.
 * On PostgreSQL, a second index on the words with {@code varchar_pattern_ops}: under a language collation (en_US,
 * fr_FR) PostgreSQL answers {@code LIKE 'abc%'} from such an index only; H2 uses the plain one.
 */
public final class V30_1__RemplirMotsRecherche extends BaseJavaMigration {

    static final int LOT = 2_000;

    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connexion = context.getConnection();
        boolean autoCommit = connexion.getAutoCommit();
        Moteur moteur = JDBCUtils.dialect(connexion).family() == SQLDialect.POSTGRES ? Moteur.POSTGRESQL : Moteur.H2;
        DSLContext dsl = DSL.using(connexion, moteur.dialecte(), moteur.reglages());
        try {
            connexion.setAutoCommit(false);
            if (moteur == Moteur.POSTGRESQL) {
                dsl.execute("CREATE INDEX IF NOT EXISTS ix_situation_mot_prefixe ON situation_mot "
                        + "(mot varchar_pattern_ops, situation_id)");
            }
            dsl.deleteFrom(SITUATION_MOT).execute();
            connexion.commit();
            UUID dernier = null;
            while (true) {
                List<UUID> ids = dsl.select(SITUATION.ID).from(SITUATION)
                        .where(dernier == null ? DSL.noCondition() : SITUATION.ID.gt(dernier))
                        .orderBy(SITUATION.ID).limit(LOT).fetch(SITUATION.ID);
                if (ids.isEmpty()) {
                    break;
                }
                MotsDesDossiers.ecrire(dsl, SITUATION.ID.in(ids));
                connexion.commit();
                dernier = ids.get(ids.size() - 1);
            }
        } finally {
            connexion.setAutoCommit(autoCommit);
        }
    }
}
