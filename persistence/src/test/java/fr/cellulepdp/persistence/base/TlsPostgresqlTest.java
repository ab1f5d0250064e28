package fr.cellulepdp.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The TLS rule towards a PostgreSQL server: a distant server is reached encrypted and verified, or not at all. The
 * server tests use the CI's server, whose certificate names « localhost » only, with a rule that treats no host as
 * local (so 127.0.0.1 stands for a distant server given by the wrong name).
 */
class TlsPostgresqlTest {

    static final String VARIABLE_AUTORITE = "PDP_TEST_POSTGRES_CA";
    private static final TlsPostgresql AUCUN_LOCAL = new TlsPostgresql(hote -> false);

    @Test
    void a_distant_server_is_verified_by_name_by_default() {
        assertThat(new TlsPostgresql().proprietes("jdbc:postgresql://pdp.cpam-58.example:5432/cellule"))
                .containsEntry("sslmode", "verify-full");
        assertThat(new TlsPostgresql().proprietes("jdbc:postgresql://localhost,db.cpam.example:5432/cellule"))
                .containsEntry("sslmode", "verify-full");
        assertThat(new TlsPostgresql().proprietes(
                "jdbc:postgresql://db.cpam.example/cellule?sslmode=verify-full&sslrootcert=/etc/ca.crt")).isEmpty();
    }

    @Test
    void an_address_asking_for_plaintext_or_no_name_check_towards_a_distant_server_is_refused_in_french() {
        for (String url : new String[] {"jdbc:postgresql://db.cpam.example/cellule?sslmode=disable",
                "jdbc:postgresql://db.cpam.example/cellule?sslmode=prefer",
                "jdbc:postgresql://db.cpam.example/cellule?sslmode=require",
                "jdbc:postgresql://db.cpam.example/cellule?sslmode=verify-ca",
                "jdbc:postgresql://db.cpam.example/cellule?ssl=false"}) {
            assertThatThrownBy(() -> BaseDeDonnees.ouvrirUrl(url, "cellule", "x"))
                    .as(url).isInstanceOf(BaseIndisponibleException.class)
                    .hasMessageStartingWith("La connexion au serveur PostgreSQL « db.cpam.example » doit être chiffrée "
                            + "et le certificat du serveur vérifié");
        }
    }

    @Test
    void this_computer_may_go_without_tls() {
        assertThat(new TlsPostgresql().proprietes("jdbc:postgresql://127.0.0.1:5432/cellule?sslmode=disable")).isEmpty();
        assertThat(new TlsPostgresql().proprietes("jdbc:postgresql://[::1]:5432/cellule")).isEmpty();
        assertThat(new TlsPostgresql().proprietes("jdbc:postgresql:cellule")).isEmpty();
    }

    @Test
    @Tag("postgresql")
    @EnabledIfEnvironmentVariable(named = VARIABLE_AUTORITE, matches = ".+")
    void a_server_whose_certificate_bears_its_name_is_reached_encrypted() throws Exception {
        try (BaseDeDonnees base = ouvrir("localhost")) {
            assertThat(base.contexte().dsl().fetchValue(
                    "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).isEqualTo(true);
        }
    }

    @Test
    @Tag("postgresql")
    @EnabledIfEnvironmentVariable(named = VARIABLE_AUTORITE, matches = ".+")
    void a_server_certificate_with_another_name_is_refused() {
        assertThatThrownBy(() -> ouvrir("127.0.0.1").close())
                .isInstanceOf(BaseIndisponibleException.class)
                .hasMessageContaining("ne porte pas le nom de l'adresse indiquée");
    }

    /** The CI's server by {@code hote}, verified against the CI's test authority. */
    private static BaseDeDonnees ouvrir(String hote) {
        URI serveur = URI.create(System.getenv(BasesDeTest.VARIABLE_URL).substring("jdbc:".length()));
        String url = "jdbc:postgresql://" + hote + ":" + serveur.getPort() + serveur.getPath() + "?sslrootcert="
                + System.getenv(VARIABLE_AUTORITE);
        return OuverturePostgresql.ouvrirPostgresql(url, System.getenv(BasesDeTest.VARIABLE_UTILISATEUR),
                System.getenv(BasesDeTest.VARIABLE_MOT_DE_PASSE), hote, AUCUN_LOCAL);
    }
}
