package fr.cellulepdp.persistence.situation;

import static fr.cellulepdp.persistence.jooq.Tables.SITUATION;
import static fr.cellulepdp.persistence.jooq.Tables.SITUATION_MOT;

import fr.cellulepdp.persistence.depot.Moteur;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
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
public final class V30_1__RemplirMotsRecherche extends MigrationParLots {

    static final int LOT = 2_000;

    @Override
    void migrer(Connection connexion) throws SQLException {
        Moteur moteur = JDBCUtils.dialect(connexion).family() == SQLDialect.POSTGRES ? Moteur.POSTGRESQL : Moteur.H2;
        DSLContext dsl = DSL.using(connexion, moteur.dialecte(), moteur.reglages());
        if (moteur == Moteur.POSTGRESQL) {
            dsl.execute("CREATE INDEX IF NOT EXISTS ix_situation_mot_prefixe ON situation_mot "
                    + "(mot varchar_pattern_ops, situation_id)");
            fermerAuxPartenaires(dsl);
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
            MotsDesDossiers.ecrire(dsl, SITUATION.ID.in(ids), false);
            connexion.commit();
            dernier = ids.get(ids.size() - 1);
        }
    }

    /**
     * A partner's role (V27) reads a word only if it is one of a file number's and its file is shared with him (the
     * sub-query on situation is itself filtered by that table's policy): the words of names and employers would
     * tell him who else the cell follows (decision 0034). The internal roles read and write them all. Without the
     * roles (a server whose V27 did not run: none in use), nothing to do.
     */
    private static void fermerAuxPartenaires(DSLContext dsl) {
        dsl.execute("""
                DO $$ BEGIN
                  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cellule_pdp_partenaire') THEN
                    GRANT SELECT, INSERT, UPDATE, DELETE ON situation_mot TO cellule_pdp_interne;
                    GRANT SELECT ON situation_mot TO cellule_pdp_partenaire;
                    ALTER TABLE situation_mot ENABLE ROW LEVEL SECURITY;
                    DROP POLICY IF EXISTS interne ON situation_mot;
                    CREATE POLICY interne ON situation_mot TO cellule_pdp_interne USING (TRUE) WITH CHECK (TRUE);
                    DROP POLICY IF EXISTS partagee ON situation_mot;
                    CREATE POLICY partagee ON situation_mot FOR SELECT TO cellule_pdp_partenaire
                        USING (du_numero AND EXISTS (SELECT 1 FROM situation s WHERE s.id = situation_id));
                  END IF;
                END $$""");
    }
}
