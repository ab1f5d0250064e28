package fr.cellulepdp.persistence.suivi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 41.1, after V41 added the column: each follow-up gets when it was last named in a reminder that left,
 * from the reminders already sent (their follow-ups are a comma-separated list of ids, which SQL does not split the
 * same way on H2 and PostgreSQL). Run again after a kill, it writes the same values.
 */
public final class V41_1__DerniersRappelsDesSuivis extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connexion = context.getConnection();
        Map<UUID, OffsetDateTime> derniers = new HashMap<>();
        try (Statement sql = connexion.createStatement();
             ResultSet r = sql.executeQuery("SELECT envoye_le, suivi_ids FROM rappel_suivis "
                     + "WHERE envoye_le IS NOT NULL")) {
            while (r.next()) {
                OffsetDateTime le = r.getObject(1, OffsetDateTime.class);
                for (String id : r.getString(2).split(",")) {
                    if (!id.isBlank()) {
                        derniers.merge(UUID.fromString(id.strip()), le, (a, b) -> a.isAfter(b) ? a : b);
                    }
                }
            }
        }
        try (PreparedStatement rappele = connexion.prepareStatement("UPDATE suivi SET rappele_le = ? WHERE id = ?")) {
            for (Map.Entry<UUID, OffsetDateTime> dernier : derniers.entrySet()) {
                rappele.setObject(1, dernier.getValue());
                rappele.setObject(2, dernier.getKey());
                rappele.addBatch();
            }
            rappele.executeBatch();
        }
    }
}
