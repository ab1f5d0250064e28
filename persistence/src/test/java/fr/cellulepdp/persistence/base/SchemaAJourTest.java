package fr.cellulepdp.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a database already at this build's schema skips Flyway (issue 22); any other state goes through Flyway
 * as before: a new file, a pending migration, a failed one, one this build does not ship.
 */
class SchemaAJourTest {

    @TempDir
    Path dossier;

    @Test
    void the_migrations_shipped_are_read_from_the_build() {
        assertThat(SchemaAJour.versionsLivrees()).contains("1", "23", "25", "26").doesNotContain("24");
    }

    @Test
    void a_new_file_is_not_up_to_date() {
        assertThat(SchemaAJour.verifier(source("neuve"))).isFalse();
    }

    @Test
    void a_migrated_file_is_up_to_date_until_its_history_differs() throws SQLException {
        BaseDeDonnees.ouvrir(dossier.resolve("cellule")).close();
        JdbcDataSource source = source("cellule");
        assertThat(SchemaAJour.verifier(source)).isTrue();

        executer(source, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '26'");
        assertThat(SchemaAJour.verifier(source)).as("failed migration").isFalse();
        executer(source, "UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '26'");
        executer(source, "UPDATE \"flyway_schema_history\" SET \"version\" = '9999' WHERE \"version\" = '26'");
        assertThat(SchemaAJour.verifier(source)).as("one pending, one unknown").isFalse();
    }

    @Test
    void a_pending_migration_is_still_applied_when_the_file_opens() throws SQLException {
        // a file migrated up to the one before this build's newest migration, whichever that is
        List<MigrationVersion> versions = SchemaAJour.versionsLivrees().stream().map(MigrationVersion::fromVersion)
                .sorted().toList();
        MigrationVersion avantDerniere = versions.get(versions.size() - 2);
        JdbcDataSource source = source("cellule");
        // the newest may be a Java migration (V35), and the one before it too (V30.1)
        Flyway.configure().dataSource(source).locations("classpath:" + SchemaAJour.EMPLACEMENT)
                .javaMigrations(MigrationsJava.toutes()).target(avantDerniere).load().migrate();
        assertThat(SchemaAJour.verifier(source)).as("newest migration pending").isFalse();

        BaseDeDonnees.ouvrir(dossier.resolve("cellule")).close();

        assertThat(SchemaAJour.verifier(source)).isTrue();
    }

    private JdbcDataSource source(String nom) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + dossier.resolve(nom));
        source.setUser("sa");
        return source;
    }

    private static void executer(JdbcDataSource source, String sql) throws SQLException {
        try (Connection connexion = source.getConnection(); Statement requete = connexion.createStatement()) {
            requete.execute(sql);
        }
    }
}
