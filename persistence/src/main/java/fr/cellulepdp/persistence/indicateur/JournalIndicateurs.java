package fr.cellulepdp.persistence.indicateur;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.h2.api.Trigger;

/**
 * H2 trigger (migration V35) on every table the indicators' facts come from: it writes, in the transaction of the
 * change, which situation's facts changed into {@code indicateur_changement} (a null situation: any, reload all).
 * {@link FaitsEnCache} reads those lines before it serves a period's facts, and reads again only those situations
 * (decision 0046). A change it would not see would leave a figure stale: hence a trigger, which no writing path
 * (repositories, import, Java migrations, copies) can bypass, rather than calls in each repository.
 * Its name is written in every H2 file migrated (V35): moving or renaming this class needs a migration.
 */
public final class JournalIndicateurs implements Trigger {

    static final String TABLE = "INDICATEUR_CHANGEMENT";
    /** The tables that feed the facts; V35 puts this trigger on each. */
    static final Set<String> TABLES = Set.of("SITUATION", "ASSURE", "SITUATION_CONSENTEMENT_PARTENAIRE", "DEMANDE",
            "DECISION", "SEANCE");

    /**
     * Set while the import writes its batches on this thread: it marks its files in the journal once, at its end
     * ({@code EcritureImportJdbc}), instead of a trigger call, a query and a journal line for each row (issue 22).
     */
    private static final ThreadLocal<Boolean> SUSPENDU = new ThreadLocal<>();

    private String table;
    private int id;
    private int situationId;
    private int demandeId;
    private int statut;
    private int dateSeance;

    @Override
    public void init(Connection connexion, String schema, String declencheur, String table, boolean avant, int type)
            throws SQLException {
        this.table = table.toUpperCase(Locale.ROOT);
        id = position(connexion, schema, "ID");
        situationId = position(connexion, schema, "SITUATION_ID");
        demandeId = position(connexion, schema, "DEMANDE_ID");
        statut = position(connexion, schema, "STATUT");
        dateSeance = position(connexion, schema, "DATE_SEANCE");
    }

    /** The column's index in a row (0-based), -1 when the table has no such column. */
    private int position(Connection connexion, String schema, String colonne) throws SQLException {
        try (PreparedStatement requete = connexion.prepareStatement("SELECT ORDINAL_POSITION FROM "
                + "INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            requete.setString(1, schema);
            requete.setString(2, table);
            requete.setString(3, colonne);
            try (ResultSet r = requete.executeQuery()) {
                return r.next() ? r.getInt(1) - 1 : -1;
            }
        }
    }

    /** Runs {@code travail} without journal lines for the rows it writes on this thread (embedded H2 only). */
    public static void sansJournal(Travail travail) throws SQLException {
        SUSPENDU.set(Boolean.TRUE);
        try {
            travail.executer();
        } finally {
            SUSPENDU.remove();
        }
    }

    /** Work on the database that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface Travail {
        void executer() throws SQLException;
    }

    /**
     * Marks, in one statement, the files whose identifiers lie between {@code premier} and {@code dernier} as changed
     * (an import's, written {@link #sansJournal without journal}); more than the cache patches: any, reload all.
     */
    public static void marquerSituations(Connection connexion, UUID premier, UUID dernier) throws SQLException {
        try (PreparedStatement compte = connexion.prepareStatement(
                "SELECT COUNT(*) FROM situation WHERE id BETWEEN ? AND ?")) {
            compte.setObject(1, premier);
            compte.setObject(2, dernier);
            try (ResultSet r = compte.executeQuery()) {
                r.next();
                boolean toutes = r.getLong(1) > FaitsEnCache.MAX_SITUATIONS_CORRIGEES;
                try (PreparedStatement marque = connexion.prepareStatement(toutes
                        ? "INSERT INTO " + TABLE + " (situation_id) VALUES (NULL)"
                        : "INSERT INTO " + TABLE + " (situation_id) SELECT id FROM situation WHERE id BETWEEN ? AND ?")) {
                    if (!toutes) {
                        marque.setObject(1, premier);
                        marque.setObject(2, dernier);
                    }
                    marque.executeUpdate();
                }
            }
        }
    }

    @Override
    public void fire(Connection connexion, Object[] avant, Object[] apres) throws SQLException {
        if (SUSPENDU.get() != null) {
            return;
        }
        Set<UUID> situations = new LinkedHashSet<>();
        boolean toutes = false;
        switch (table) {
            case "SITUATION" -> ajouter(situations, avant, apres, id);
            case "SITUATION_CONSENTEMENT_PARTENAIRE", "DEMANDE" -> ajouter(situations, avant, apres, situationId);
            case "DECISION" -> {
                for (Object[] ligne : new Object[][] {avant, apres}) {
                    if (ligne != null) {
                        UUID situation = situationDeLaDemande(connexion, (UUID) ligne[demandeId]);
                        toutes |= situation == null;
                        if (situation != null) {
                            situations.add(situation);
                        }
                    }
                }
            }
            // a person's sex, birth date, status or employer is in the facts of each of his files
            case "ASSURE" -> situationsDeLaPersonne(connexion, (UUID) (avant != null ? avant : apres)[id], situations);
            // a meeting dates its decisions and counts them once closed: rare, every fact is read again
            case "SEANCE" -> toutes = avant == null || apres == null
                    || !Objects.equals(avant[statut], apres[statut])
                    || !Objects.equals(avant[dateSeance], apres[dateSeance]);
            default -> throw new SQLException("JournalIndicateurs : table inattendue " + table);
        }
        if (toutes) {
            situations = new LinkedHashSet<>();
            situations.add(null);
        }
        if (situations.isEmpty()) {
            return;
        }
        try (PreparedStatement insertion = connexion.prepareStatement(
                "INSERT INTO " + TABLE + " (situation_id) VALUES (?)")) {
            for (UUID situation : situations) {
                insertion.setObject(1, situation);
                insertion.addBatch();
            }
            insertion.executeBatch();
        }
    }

    private static void ajouter(Set<UUID> situations, Object[] avant, Object[] apres, int colonne) {
        for (Object[] ligne : new Object[][] {avant, apres}) {
            if (ligne != null && ligne[colonne] != null) {
                situations.add((UUID) ligne[colonne]);
            }
        }
    }

    private static UUID situationDeLaDemande(Connection connexion, UUID demande) throws SQLException {
        try (PreparedStatement requete = connexion.prepareStatement("SELECT situation_id FROM demande WHERE id = ?")) {
            requete.setObject(1, demande);
            try (ResultSet r = requete.executeQuery()) {
                return r.next() ? r.getObject(1, UUID.class) : null;
            }
        }
    }

    private static void situationsDeLaPersonne(Connection connexion, UUID assure, Set<UUID> situations)
            throws SQLException {
        try (PreparedStatement requete = connexion.prepareStatement("SELECT id FROM situation WHERE assure_id = ?")) {
            requete.setObject(1, assure);
            try (ResultSet r = requete.executeQuery()) {
                while (r.next()) {
                    situations.add(r.getObject(1, UUID.class));
                }
            }
        }
    }
}
