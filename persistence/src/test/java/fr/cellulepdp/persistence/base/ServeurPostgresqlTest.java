package fr.cellulepdp.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** Opening a PostgreSQL server: what the user is told when it cannot be used, and what only H2 allows. */
class ServeurPostgresqlTest {

    @TempDir
    Path dossier;

    private static String url() {
        return System.getenv(BasesDeTest.VARIABLE_URL);
    }

    @Test
    void a_server_that_does_not_answer_is_explained_in_french_within_seconds() {
        long debut = System.nanoTime();

        assertThatThrownBy(() -> BaseDeDonnees.ouvrirUrl("jdbc:postgresql://127.0.0.1:1/cellule", "cellule", "x"))
                .isInstanceOf(BaseIndisponibleException.class)
                .hasMessageStartingWith("Le serveur PostgreSQL (127.0.0.1:1/cellule (cellule)) ne répond pas")
                .hasMessageContaining("vérifiez l'adresse et le port");
        assertThat(System.nanoTime() - debut).isLessThan(15_000_000_000L);
    }

    @Test
    @Tag("postgresql")
    @EnabledIfEnvironmentVariable(named = BasesDeTest.VARIABLE_URL, matches = ".+")
    void a_wrong_password_or_an_unknown_user_is_explained_without_showing_the_password() {
        assertThatThrownBy(() -> BaseDeDonnees.ouvrirUrl(url(), System.getenv(BasesDeTest.VARIABLE_UTILISATEUR),
                "mot-de-passe-faux"))
                .isInstanceOf(BaseIndisponibleException.class)
                .hasMessageContaining("refuse la connexion de « " + System.getenv(BasesDeTest.VARIABLE_UTILISATEUR)
                        + " »")
                .hasMessageContaining("PDP_DB_PASSWORD")
                .hasMessageNotContaining("mot-de-passe-faux");
        assertThatThrownBy(() -> BaseDeDonnees.ouvrirUrl(url(), "inconnu", "x"))
                .isInstanceOf(BaseIndisponibleException.class).hasMessageContaining("refuse la connexion");
    }

    @Test
    @Tag("postgresql")
    @EnabledIfEnvironmentVariable(named = BasesDeTest.VARIABLE_URL, matches = ".+")
    void a_database_missing_on_the_server_is_explained() {
        String absente = url().replaceFirst("/[^/?]+(\\?|$)", "/base_absente$1");

        assertThatThrownBy(() -> BaseDeDonnees.ouvrirUrl(absente, System.getenv(BasesDeTest.VARIABLE_UTILISATEUR),
                System.getenv(BasesDeTest.VARIABLE_MOT_DE_PASSE)))
                .isInstanceOf(BaseIndisponibleException.class)
                .hasMessageContaining("n'existe pas sur le serveur PostgreSQL");
    }

    @Test
    @Tag("postgresql")
    @EnabledIfEnvironmentVariable(named = BasesDeTest.VARIABLE_URL, matches = ".+")
    void a_server_database_describes_itself_and_refuses_the_h2_backup_in_french() {
        try (BaseDeDonnees base = BasesDeTest.nouveauSchemaPostgresql().ouvrir()) {
            assertThat(base.embarquee()).isFalse();
            assertThat(base.description()).startsWith("PostgreSQL : 127.0.0.1:").doesNotContain("password")
                    .doesNotContain("currentSchema");

            assertThatThrownBy(() -> base.copierVers(dossier.resolve("copie.zip")))
                    .isInstanceOf(BaseIndisponibleException.class)
                    .hasMessageContaining("pg_dump").hasMessageContaining("migrate-db");
        }
    }
}
