package fr.cellulepdp.app.wiring;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL server of the tests, when PDP_TEST_POSTGRES_URL (with PDP_TEST_POSTGRES_USER and
 * PDP_TEST_POSTGRES_PASSWORD) names one, as .ci/run does: each call gives a new empty schema, as a URL that holds
 * the user and password (so that no password has to be typed). The tests using it are skipped without the variable.
 */
public final class PostgresqlDeTest {

    public static final String VARIABLE_URL = "PDP_TEST_POSTGRES_URL";

    private PostgresqlDeTest() {
    }

    /** A new empty schema of the test server, as a complete JDBC URL. */
    public static String nouvelleBase() {
        String url = System.getenv(VARIABLE_URL);
        String utilisateur = System.getenv("PDP_TEST_POSTGRES_USER");
        String motDePasse = System.getenv("PDP_TEST_POSTGRES_PASSWORD");
        String schema = "app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        try (Connection connexion = DriverManager.getConnection(url, utilisateur, motDePasse);
             Statement sql = connexion.createStatement()) {
            sql.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL de test : " + e.getMessage(), e);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&user=" + utilisateur
                + "&password=" + motDePasse;
    }
}
