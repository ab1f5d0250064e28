package fr.cellulepdp.persistence.importation;

import fr.cellulepdp.persistence.indicateur.JournalIndicateurs;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The imports the embedded H2 file commits batch by batch (decision 0051): each is recorded in {@code
 * import_en_cours} by the 64 high bits every identifier it gives shares (UUID version 7: its start in milliseconds,
 * the version, 12 random bits), before its first batch; the line goes in the transaction that completes it. An
 * import that fails, or whose process dies, leaves its line: its rows — the files, their consents and search
 * words, and the people it created — are those whose identifier begins with the prefix, and are deleted, by the
 * failed import itself or when the database next opens. Nothing else has such identifiers: the other rows' are
 * version 4, another import's have another prefix.
 */
public final class ImportsInterrompus {

    private static final String[] SUPPRESSIONS = {
        "DELETE FROM situation_mot WHERE situation_id BETWEEN ? AND ?",
        "DELETE FROM situation_consentement_partenaire WHERE situation_id BETWEEN ? AND ?",
        "DELETE FROM situation WHERE id BETWEEN ? AND ?",
        "DELETE FROM assure WHERE id BETWEEN ? AND ?"};

    private ImportsInterrompus() {
    }

    /** The smallest identifier with this prefix (UUIDs compare as unsigned numbers in H2 and PostgreSQL). */
    static UUID premier(long prefixe) {
        return new UUID(prefixe, 0L);
    }

    /** The largest identifier with this prefix. */
    static UUID dernier(long prefixe) {
        return new UUID(prefixe, -1L);
    }

    /** Records, committed and written to the disk, that the import of this prefix starts. */
    static void noter(Connection connexion, long prefixe) throws SQLException {
        try (PreparedStatement note = connexion.prepareStatement(
                "INSERT INTO import_en_cours (prefixe, debut) VALUES (?, CURRENT_TIMESTAMP)")) {
            note.setLong(1, prefixe);
            note.executeUpdate();
        }
        connexion.commit();
        try (Statement disque = connexion.createStatement()) {
            disque.execute("CHECKPOINT SYNC");
        }
    }

    /** In the import's last transaction: the import is complete once it commits. */
    static void effacerNote(Connection connexion, long prefixe) throws SQLException {
        try (PreparedStatement efface = connexion.prepareStatement("DELETE FROM import_en_cours WHERE prefixe = ?")) {
            efface.setLong(1, prefixe);
            efface.executeUpdate();
        }
    }

    /**
     * Removes the rows of the import of this prefix and its line, and commits. The trigger of the indicators'
     * journal is held off: the import's rows never went into the journal (the import marks them at its end only).
     */
    static void annuler(Connection connexion, long prefixe) throws SQLException {
        JournalIndicateurs.sansJournal(() -> {
            for (String suppression : SUPPRESSIONS) {
                try (PreparedStatement requete = connexion.prepareStatement(suppression)) {
                    requete.setObject(1, premier(prefixe));
                    requete.setObject(2, dernier(prefixe));
                    requete.executeUpdate();
                }
            }
            effacerNote(connexion, prefixe);
            connexion.commit();
        });
        try (Statement disque = connexion.createStatement()) {
            disque.execute("CHECKPOINT SYNC");
        }
    }

    /**
     * When the H2 file opens, before anything reads it: undoes the imports a killed process left unfinished.
     *
     * @return how many were undone
     */
    public static int reprendre(DataSource pool) {
        try (Connection connexion = pool.getConnection()) {
            List<Long> prefixes = new ArrayList<>();
            try (Statement requete = connexion.createStatement();
                 ResultSet lignes = requete.executeQuery("SELECT prefixe FROM import_en_cours")) {
                while (lignes.next()) {
                    prefixes.add(lignes.getLong(1));
                }
            }
            if (prefixes.isEmpty()) {
                return 0;
            }
            connexion.setAutoCommit(false);
            for (long prefixe : prefixes) {
                annuler(connexion, prefixe);
            }
            return prefixes.size();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
