package fr.cellulepdp.persistence;

import java.sql.Connection;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * Migration 30.1, after V30 made the table: the search words of the files already there, cut into words by the
 * same Java code as the repositories use (SQL alone could not split names into words alike in H2 and PostgreSQL).
 * On PostgreSQL, a second index on the words with {@code varchar_pattern_ops}: under a language collation (en_US,
 * fr_FR) PostgreSQL answers {@code LIKE 'abc%'} from such an index only; H2 uses the plain one.
 */
public final class V30_1__RemplirMotsRecherche extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        Connection connexion = context.getConnection();
        SQLDialect dialecte = JDBCUtils.dialect(connexion);
        DSLContext dsl = DSL.using(connexion, dialecte);
        if (dialecte.family() == SQLDialect.POSTGRES) {
            dsl.execute("CREATE INDEX ix_situation_mot_prefixe ON situation_mot (mot varchar_pattern_ops, situation_id)");
        }
        MotsDesDossiers.ecrire(dsl, DSL.noCondition());
    }
}
