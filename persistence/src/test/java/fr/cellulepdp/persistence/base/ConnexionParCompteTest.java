package fr.cellulepdp.persistence.base;

import fr.cellulepdp.model.cellule.SessionDeTest;
import fr.cellulepdp.persistence.compte.HachageArgon2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.compte.GererComptes;
import fr.cellulepdp.model.compte.SeConnecter;
import fr.cellulepdp.model.indicateur.JeuIndicateurs;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * On a server given without a database user, the account's login is the connection's: identifiant and password,
 * typed once, connect as the account's own role {@code identifiant@base.schéma} (decision 0034).
 */
@Tag("postgresql")
@EnabledIfEnvironmentVariable(named = BasesDeTest.VARIABLE_URL, matches = ".+")
class ConnexionParCompteTest {

    private static final String MDP = "Cellule-Pdp-2026!";
    private final Horloge horloge = Horloge.fixe(Instant.parse("2026-11-23T10:00:00Z"));

    @Test
    void the_accounts_login_alone_connects_as_its_own_role_and_a_wrong_password_is_refused_in_french() {
        BasesDeTest.Acces proprietaire = BasesDeTest.nouveauSchemaPostgresql();
        String role;
        try (BaseDeDonnees base = proprietaire.ouvrir()) {
            JeuIndicateurs.charger(base);
            SessionDeTest session = new SessionDeTest(null);
            GererComptes comptes = new GererComptes(base, new HachageArgon2(), horloge, session);
            session.devient(comptes.creerPremier("helene.martinel", JeuIndicateurs.COORDINATRICE,
                    MDP.toCharArray(), MDP.toCharArray()).utilisateur());
            comptes.creer("Paul.Social", JeuIndicateurs.REFERENT_SOCIAL, Role.REFERENT_SOCIAL,
                    MDP.toCharArray(), MDP.toCharArray());
            role = ((RolesPostgresql) base.accesChiffre()).roleDe("paul.social");
        }

        // no database user nor its password: the database opens only with an account's login
        AccesBase parCompte = AccesBase.depuis(proprietaire.url(), null, null);
        assertThat(parCompte.verrouillee()).isTrue();
        assertThat(role).isEqualTo("paul.social@" + proprietaire.url().replaceAll(".*/([^/?]+)\\?.*", "$1") + "."
                + proprietaire.url().replaceAll(".*currentSchema=", ""));
        try (BaseDeDonnees sienne = parCompte.ouvrir("Paul.Social", MDP.toCharArray(), horloge.maintenant())) {
            assertThat(sienne.contexte().dsl().fetchValue("SELECT current_user")).isEqualTo(role);
            assertThat(new SeConnecter(sienne, new HachageArgon2(), horloge).connecter("Paul.Social",
                    MDP.toCharArray()).role()).isEqualTo(Role.REFERENT_SOCIAL);
        }

        assertThatThrownBy(() -> parCompte.ouvrir("paul.social", "Mauvais-2026!".toCharArray(), horloge.maintenant()))
                .isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("identifiant ou mot de passe incorrect")
                .hasMessageContaining("« " + role + " »");
        assertThatThrownBy(() -> parCompte.ouvrir("inconnu", MDP.toCharArray(), horloge.maintenant()))
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("migrate-db");
        assertThatThrownBy(parCompte::ouvrir).isInstanceOf(BaseIndisponibleException.class)
                .hasMessageContaining("--user IDENTIFIANT");
    }
}
