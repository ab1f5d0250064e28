package fr.cellulepdp.persistence.situation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.jooq.SQLDialect;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * Migration 36.1, after V36 added the column: each search word gets its file's sort key, then the ordered index of
 * the words is made (decision 0050). On H2 the words are updated {@value #LOT} files at a time, each batch committed
 * (one transaction over 700 000 rows would keep every undo entry until the end); killed half-way, the next opening
 * runs it again and only the words still without a key are written. The index
 * {@code (mot, numero_tri DESC, situation_id)} is then made, in place of {@code (mot, situation_id)} that V36
 * dropped: it answers the same {@code LIKE 'abc%'} ranges and gives a word's files newest first. On PostgreSQL, which plans the search alone,
 * one statement fills the column (in this migration's transaction) and no index is added.
 */
public final class V36_1__RangerMotsParNumero extends MigrationParLots {

    static final int LOT = 5_000;

    @Override
    void migrer(Connection connexion) throws SQLException {
        boolean postgresql = JDBCUtils.dialect(connexion).family() == SQLDialect.POSTGRES;
        try (Statement sql = connexion.createStatement()) {
            if (postgresql) {
                sql.executeUpdate("UPDATE situation_mot m SET numero_tri = s.numero_tri FROM situation s "
                        + "WHERE s.id = m.situation_id AND m.numero_tri IS NULL");
            } else {
                remplirParLots(connexion);
                sql.execute("CREATE INDEX IF NOT EXISTS ix_situation_mot_rang ON situation_mot "
                        + "(mot, numero_tri DESC, situation_id)");
            }
            sql.execute("ALTER TABLE situation_mot ALTER COLUMN numero_tri SET NOT NULL");
            connexion.commit();
        }
    }

    /** The files read in id order, {@value #LOT} at a time, and their words given their key in one batch. */
    private static void remplirParLots(Connection connexion) throws SQLException {
        try (PreparedStatement premiers = connexion.prepareStatement("SELECT id, numero_tri FROM situation "
                + "ORDER BY id LIMIT " + LOT);
             PreparedStatement suivants = connexion.prepareStatement("SELECT id, numero_tri FROM situation "
                     + "WHERE id > ? ORDER BY id LIMIT " + LOT);
             PreparedStatement mots = connexion.prepareStatement("UPDATE situation_mot SET numero_tri = ? "
                     + "WHERE situation_id = ? AND numero_tri IS NULL")) {
            UUID dernier = null;
            while (true) {
                PreparedStatement dossiers = dernier == null ? premiers : suivants;
                if (dernier != null) {
                    suivants.setObject(1, dernier);
                }
                int lus = 0;
                try (ResultSet r = dossiers.executeQuery()) {
                    while (r.next()) {
                        dernier = r.getObject(1, UUID.class);
                        mots.setString(1, r.getString(2));
                        mots.setObject(2, dernier);
                        mots.addBatch();
                        lus++;
                    }
                }
                if (lus == 0) {
                    return;
                }
                mots.executeBatch();
                connexion.commit();
            }
        }
    }
}
