package fr.cellulepdp.app.compte;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.persistence.base.AccesBase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The login's view model on a PostgreSQL server started without a database user (as the window is, with
 * {@code --db URL} alone): identifiant and password, typed once, connect as the account's own role.
 */
@Tag("postgresql")
@EnabledIfEnvironmentVariable(named = "PDP_TEST_POSTGRES_URL", matches = ".+")
class ConnexionParCompteServeurTest {

    private static final String MOT_DE_PASSE = "Cellule-PDP-2026!";
    private final String url = System.getenv("PDP_TEST_POSTGRES_URL");
    private final String proprietaire = System.getenv("PDP_TEST_POSTGRES_USER");
    private final String motDePasseProprietaire = System.getenv("PDP_TEST_POSTGRES_PASSWORD");
    private final String schema = "t_login_" + Long.toString(System.nanoTime(), 36);
    private final List<char[]> motsDePasseVerifies = new ArrayList<>();
    private Services ouverts;

    @AfterEach
    void fermer() throws Exception {
        if (ouverts != null) {
            ouverts.close();
        }
        sql("DROP SCHEMA " + schema + " CASCADE");
    }

    @Test
    void the_accounts_login_alone_connects_as_its_role_and_a_wrong_password_is_refused_in_french() throws Exception {
        sql("CREATE SCHEMA " + schema);
        String adresse = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        // the set-up, once, with the owner's credentials (the old path)
        try (Services services = Services.ouvrir(AccesBase.depuis(adresse, proprietaire, motDePasseProprietaire),
                Instant::now)) {
            services.miseEnPlace().gererComptes().creerPremierPourLaCoordinatrice("helene.martinel",
                    MOT_DE_PASSE.toCharArray(), MOT_DE_PASSE.toCharArray()).utilisateur();
        }

        AccesBase parCompte = AccesBase.depuis(adresse, null, null);
        assertThat(parCompte.verrouillee()).as("the window opens nothing before the login").isTrue();
        ModeleConnexion modele = new ModeleConnexion(ExecuteurTaches.synchrone(), (login, motDePasse, c) -> {
            motsDePasseVerifies.add(motDePasse.clone());
            ouverts = Services.ouvrir(parCompte, Instant::now, login, motDePasse);
            return ouverts.utilisateur();
        }, "Connexion refusée");

        modele.identifiantProperty().set("helene.martinel");
        modele.motDePasseProperty().set("Mauvais-mot-de-passe-1");
        modele.valider();
        assertThat(modele.connecteProperty().get()).isNull();
        assertThat(modele.problemeProperty().get()).contains("identifiant ou mot de passe incorrect")
                .contains("helene.martinel@").doesNotContain("Exception");

        long avant = fr.cellulepdp.persistence.compte.HachageArgon2.calculs();
        modele.identifiantProperty().set("helene.martinel");
        modele.motDePasseProperty().set(MOT_DE_PASSE);
        modele.valider();
        assertThat(modele.connecteProperty().get()).extracting(Utilisateur::role).isEqualTo(Role.COORDINATRICE);
        // the server checked the role's password; the signing key proves the account's: one Argon2id (decision 0041)
        assertThat(fr.cellulepdp.persistence.compte.HachageArgon2.calculs() - avant).isEqualTo(1);
        assertThat(motsDePasseVerifies).as("one password per try, nothing else asked").hasSize(2);
        String base = url.replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
        assertThat(rolesConnectes()).containsExactly("helene.martinel@" + base + "." + schema);
    }

    /** Who the application's open connections are, as the server sees them (its current_user). */
    private List<String> rolesConnectes() throws Exception {
        List<String> roles = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, proprietaire, motDePasseProprietaire);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT DISTINCT usename FROM pg_stat_activity WHERE application_name = "
                     + "'Cellule PDP' AND usename LIKE '%." + schema + "'")) {
            while (r.next()) {
                roles.add(r.getString(1));
            }
        }
        return roles;
    }

    private void sql(String requete) throws Exception {
        try (Connection c = DriverManager.getConnection(url, proprietaire, motDePasseProprietaire);
             Statement s = c.createStatement()) {
            s.execute(requete);
        }
    }
}
