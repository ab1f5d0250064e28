package fr.cellulepdp.persistence.base;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The databases of the persistence tests, on the engine the run is for. By default (and on a computer without
 * PostgreSQL) each test gets an H2 file in its temporary folder. With the system property
 * {@code cellulepdp.test.moteur=postgresql} (the second surefire run of persistence/pom.xml, active when
 * {@code PDP_TEST_POSTGRES_URL} is set), each test gets instead a schema of its own in the PostgreSQL database of
 * that URL: the same temporary path always gives the same schema, so a test that closes and reopens its database
 * finds its data again. The schemas are dropped when the test JVM ends.
 */
public final class BasesDeTest {

    static final String PROPRIETE_MOTEUR = "cellulepdp.test.moteur";
    static final String VARIABLE_URL = "PDP_TEST_POSTGRES_URL";
    static final String VARIABLE_UTILISATEUR = "PDP_TEST_POSTGRES_USER";
    static final String VARIABLE_MOT_DE_PASSE = "PDP_TEST_POSTGRES_PASSWORD";

    private static final Set<String> SCHEMAS_CREES = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(BasesDeTest::supprimerLesSchemas, "schemas-de-test"));
    }

    private BasesDeTest() {
    }

    /** Where a test database is and how to connect to it. */
    public record Acces(String url, String utilisateur, String motDePasse) {

        public BaseDeDonnees ouvrir() {
            return BaseDeDonnees.ouvrirUrl(url, utilisateur, motDePasse);
        }

        public Connection connexion() throws SQLException {
            return DriverManager.getConnection(url, utilisateur, motDePasse);
        }

        /** The schema as a former version left it: migrated up to {@code version} only. */
        public Acces migreeJusqua(String version) {
            // a server's migrations too (its roles and row-level security), as OuverturePostgresql runs them
            String[] emplacements = url.startsWith("jdbc:postgresql:")
                    ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                    : new String[] {"classpath:db/migration"};
            org.flywaydb.core.Flyway.configure().dataSource(url, utilisateur, motDePasse).locations(emplacements)
                    .javaMigrations(MigrationsJava.toutes()).target(version).load().migrate();
            return this;
        }
    }

    /** A person written straight in SQL, as a former version would have (no column added since V21). */
    public static void insererAssureAncien(java.sql.Statement sql, String prenom) throws SQLException {
        sql.execute("INSERT INTO assure (id, version, nir, nom, prenom, adresse_ligne1, adresse_ligne2, "
                + "code_postal, ville, email, telephone, statut, emploi) VALUES "
                + "('00000000-0000-0000-0000-000000000001', 0, '269054958815780', 'Essai', '" + prenom + "', "
                + "'', '', '', '', '', '', 'SALARIE', '')");
    }

    /** True when this run is the PostgreSQL one. */
    /**
     * File PDP-2025-0007 (id ...02) of the person {@link #insererAssureAncien} wrote, straight in SQL with the
     * columns a version from V26 (the numeric sort key) on writes.
     */
    public static void insererSituationAncienne(java.sql.Statement sql) throws SQLException {
        sql.execute("INSERT INTO situation (id, version, numero_dossier, numero_tri, assure_id, date_signalement, "
                + "origine, risque, urgent, urgent_motif, complexe, complexe_motif, notes_sociales, avis_medical, "
                + "statut) VALUES ('00000000-0000-0000-0000-000000000002', 1, 'PDP-2025-0007', "
                + "'PDP-2025-000000000007', '00000000-0000-0000-0000-000000000001', DATE '2025-03-01', "
                + "'SERVICE_MEDICAL', 'MALADIE', FALSE, '', FALSE, '', '', '', 'SUIVIE')");
    }

    public static boolean surPostgresql() {
        String moteur = System.getProperty(PROPRIETE_MOTEUR, "h2").toLowerCase(Locale.ROOT);
        if (moteur.equals("postgresql")) {
            if (!postgresqlDisponible()) {
                throw new IllegalStateException(PROPRIETE_MOTEUR + "=postgresql demande la variable " + VARIABLE_URL);
            }
            return true;
        }
        return false;
    }

    /** True when a PostgreSQL server is given for the tests (PDP_TEST_POSTGRES_URL). */
    static boolean postgresqlDisponible() {
        String url = System.getenv(VARIABLE_URL);
        return url != null && !url.isBlank();
    }

    /** Opens the test database of {@code fichier} on the engine of this run, creating it if needed. */
    public static BaseDeDonnees ouvrir(Path fichier) {
        return surPostgresql() ? acces(fichier).ouvrir() : BaseDeDonnees.ouvrir(fichier);
    }

    /** The access to the test database of {@code fichier} on the engine of this run. */
    public static Acces acces(Path fichier) {
        Path base = sansSuffixe(fichier);
        if (surPostgresql()) {
            return schemaPostgresql("t_" + empreinte(base.toString()));
        }
        return new Acces("jdbc:h2:file:" + base, "sa", "");
    }

    /** A new, empty PostgreSQL schema of the test server, whatever the engine of this run. */
    static Acces nouveauSchemaPostgresql() {
        return schemaPostgresql("t_" + empreinte(java.util.UUID.randomUUID().toString()));
    }

    private static Acces schemaPostgresql(String schema) {
        String url = System.getenv(VARIABLE_URL);
        if (SCHEMAS_CREES.add(schema)) {
            executerEnAdministrateur("CREATE SCHEMA IF NOT EXISTS " + schema);
        }
        return new Acces(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                System.getenv(VARIABLE_UTILISATEUR), System.getenv(VARIABLE_MOT_DE_PASSE));
    }

    private static void executerEnAdministrateur(String sql) {
        try (Connection connexion = DriverManager.getConnection(System.getenv(VARIABLE_URL),
                System.getenv(VARIABLE_UTILISATEUR), System.getenv(VARIABLE_MOT_DE_PASSE));
             Statement requete = connexion.createStatement()) {
            requete.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL de test : " + sql + " : " + e.getMessage(), e);
        }
    }

    private static void supprimerLesSchemas() {
        for (String schema : SCHEMAS_CREES) {
            try {
                executerEnAdministrateur("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (IllegalStateException e) {
                // the server may already be stopping: the cluster of the tests is thrown away anyway
            }
        }
    }

    private static Path sansSuffixe(Path fichier) {
        Path absolu = fichier.toAbsolutePath().normalize();
        String nom = absolu.getFileName().toString();
        return nom.endsWith(".mv.db") ? absolu.resolveSibling(nom.substring(0, nom.length() - ".mv.db".length()))
                : absolu;
    }

    private static String empreinte(String texte) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(texte.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
