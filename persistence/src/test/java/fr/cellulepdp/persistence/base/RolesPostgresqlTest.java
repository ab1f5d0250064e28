package fr.cellulepdp.persistence.base;

import fr.cellulepdp.persistence.compte.HachageArgon2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.compte.GererComptes;
import fr.cellulepdp.model.indicateur.JeuIndicateurs;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.situation.ResumeSituation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * On a PostgreSQL server the rights hold whoever connects (decision 0034): each account gets its own login role,
 * member of its application role's group, and a partner's role reads by itself — with plain JDBC, not through the
 * application — only the files whose consent covers his organisation, never a NIR nor a medical opinion; a social
 * référent's role cannot make anyone coordinatrice.
 */
@Tag("postgresql")
@EnabledIfEnvironmentVariable(named = BasesDeTest.VARIABLE_URL, matches = ".+")
// one cell for the class (three accounts' keys are slow to make); the test that remaps the partner runs last
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RolesPostgresqlTest {

    private static final String MDP = "Cellule-Pdp-2026!";
    private final Horloge horloge = Horloge.fixe(Instant.parse("2026-11-23T10:00:00Z"));
    private final String capEmploi = "cap.emploi";
    private final String social = "paul.social";
    private BasesDeTest.Acces acces;
    private BaseDeDonnees base;
    private GererComptes comptes;
    private Utilisateur coordinatrice;

    @BeforeAll
    void comptes() {
        acces = BasesDeTest.nouveauSchemaPostgresql();
        base = acces.ouvrir();
        JeuIndicateurs.charger(base);
        // the server judges by its own date: S4's consent far ahead
        JeuIndicateurs.consentementsVaries(base, LocalDate.of(2099, 1, 1));
        comptes = new GererComptes(base, new HachageArgon2(), horloge, () -> coordinatrice);
        coordinatrice = comptes.creerPremier("helene.martinel", JeuIndicateurs.COORDINATRICE, mdp(), mdp())
                .utilisateur();
        comptes.creer(capEmploi, JeuIndicateurs.PARTENAIRE, Role.PARTENAIRE, mdp(), mdp());
        comptes.creer(social, JeuIndicateurs.REFERENT_SOCIAL, Role.REFERENT_SOCIAL, mdp(), mdp());
    }

    @AfterAll
    void fermer() {
        base.close();
    }

    @Test
    void the_partners_own_role_sees_only_the_files_shared_with_him_and_never_a_nir_nor_an_opinion() throws Exception {
        try (Connection partenaire = connexion(capEmploi); Statement sql = partenaire.createStatement()) {
            assertThat(ids(sql, "SELECT id FROM situation")).containsExactly(JeuIndicateurs.S1);
            assertThat(ids(sql, "SELECT situation_id FROM situation_consentement_partenaire"))
                    .containsExactly(JeuIndicateurs.S1);
            assertThat(ids(sql, "SELECT id FROM assure")).containsExactly(base.situations().get(JeuIndicateurs.S1)
                    .assureId());

            // a NIR is neither read nor searched: the same refusal for a shared, a hidden or an unknown person
            for (String requete : List.of("SELECT nir FROM assure", "SELECT id FROM assure WHERE nir = '"
                    + nir(JeuIndicateurs.S2) + "'", "SELECT id FROM assure WHERE nir = '269054958815780'",
                    "SELECT avis_medical FROM situation", "SELECT texte_recherche FROM situation",
                    "SELECT * FROM cle_medicale")) {
                assertThatThrownBy(() -> sql.executeQuery(requete).close()).as(requete)
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
            // his own account only, and he cannot make himself coordinatrice
            assertThat(ids(sql, "SELECT id FROM compte")).hasSize(1);
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE compte SET role = 'COORDINATRICE'"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void a_social_referents_role_cannot_change_an_accounts_role() throws Exception {
        try (Connection referente = connexion(social); Statement sql = referente.createStatement()) {
            assertThat(ids(sql, "SELECT id FROM situation")).as("an internal role reads every file").hasSize(6);
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE compte SET role = 'COORDINATRICE' WHERE identifiant = '"
                    + social + "'")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("seule la coordinatrice crée un compte ou change son rôle");
        }
        assertThat(base.comptes().findByIdentifiant(social).orElseThrow().role()).isEqualTo(Role.REFERENT_SOCIAL);

        // her ordinary work goes through her own role: the application's login, its trail and keys included
        try (BaseDeDonnees sienne = BaseDeDonnees.ouvrirUrl(acces.url(), roleDe(social), MDP)) {
            Utilisateur connectee = new fr.cellulepdp.model.compte.SeConnecter(sienne, new HachageArgon2(), horloge)
                    .connecter(social, mdp());
            assertThat(connectee.role()).isEqualTo(Role.REFERENT_SOCIAL);
            assertThat(new ListerSituations(sienne, horloge, () -> connectee).lister()).hasSize(6);
        }
    }

    @Test
    void the_application_connected_as_the_partner_lists_only_the_shared_file_whatever_it_believes() {
        Utilisateur partenaire = new Utilisateur(JeuIndicateurs.PARTENAIRE, capEmploi, Role.PARTENAIRE);
        // no shared credentials: the partner's own role and his password (the account's)
        try (BaseDeDonnees sienne = BaseDeDonnees.ouvrirUrl(acces.url(), roleDe(capEmploi),
                MDP)) {
            ListerSituations lister = new ListerSituations(sienne, horloge, () -> partenaire);
            assertThat(lister.lister()).extracting(ResumeSituation::id).containsExactly(JeuIndicateurs.S1);
            assertThat(lister.rechercher(CritereSituations.tout()).lignes()).extracting(ResumeSituation::id)
                    .containsExactly(JeuIndicateurs.S1);
            // an application that took him for the coordinatrice still gets the shared file only from the server
            assertThat(sienne.situations().count()).isEqualTo(1);
        }
    }

    @Test
    void the_partners_role_reads_only_the_file_number_words_of_the_shared_file() throws Exception {
        try (Connection partenaire = connexion(capEmploi); Statement sql = partenaire.createStatement()) {
            assertThat(ids(sql, "SELECT DISTINCT situation_id FROM situation_mot")).containsExactly(JeuIndicateurs.S1);
            assertThat(ids(sql, "SELECT situation_id FROM situation_mot WHERE NOT du_numero")).as("names, employers")
                    .isEmpty();
        }
        try (Connection referente = connexion(social); Statement sql = referente.createStatement()) {
            assertThat(ids(sql, "SELECT DISTINCT situation_id FROM situation_mot")).as("an internal role").hasSize(6);
        }
        // the application's search by file number, through his own role
        Utilisateur partenaire = new Utilisateur(JeuIndicateurs.PARTENAIRE, capEmploi, Role.PARTENAIRE);
        String numero = base.situations().get(JeuIndicateurs.S1).numeroDossier();
        try (BaseDeDonnees sienne = BaseDeDonnees.ouvrirUrl(acces.url(), roleDe(capEmploi), MDP)) {
            assertThat(new ListerSituations(sienne, horloge, () -> partenaire).rechercher(new CritereSituations(numero, true,
                    null, null, null, null, null, null, false, 0, CritereSituations.LIMITE_PAR_DEFAUT)).lignes())
                    .extracting(ResumeSituation::id).containsExactly(JeuIndicateurs.S1);
        }
    }

    /** A new array each time: the use cases wipe the passwords they are given. */
    private static char[] mdp() {
        return MDP.toCharArray();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void a_role_created_by_the_administrator_and_mapped_to_the_partner_reads_as_the_partner() throws Exception {
        String role = "dupont_cap_" + Long.toString(System.nanoTime(), 36);
        base.contexte().dsl().execute("CREATE ROLE " + role + " LOGIN PASSWORD 'Administrateur-2026!'");

        assertThatThrownBy(() -> new GererComptes(base, new HachageArgon2(), horloge, () -> new Utilisateur(JeuIndicateurs.REFERENT_SOCIAL, social,
                Role.REFERENT_SOCIAL)).associerRoleServeur(capEmploi, role)).as("the coordinatrice's alone").hasMessageContaining(
                "coordinatrice");
        comptes.associerRoleServeur(capEmploi, role);

        try (Connection partenaire = DriverManager.getConnection(acces.url(), role, "Administrateur-2026!");
             Statement sql = partenaire.createStatement()) {
            assertThat(ids(sql, "SELECT id FROM situation")).containsExactly(JeuIndicateurs.S1);
            assertThatThrownBy(() -> sql.executeQuery("SELECT nir FROM assure").close())
                    .hasMessageContaining("permission denied");
        }
        assertThatThrownBy(() -> connexion(capEmploi).close()).as("the role the application made is left")
                .isInstanceOf(SQLException.class);
    }

    private Connection connexion(String identifiant) throws SQLException {
        return DriverManager.getConnection(acces.url(), roleDe(identifiant), MDP);
    }

    private String roleDe(String identifiant) {
        return ((RolesPostgresql) base.accesChiffre()).roleDe(identifiant);
    }

    private static List<UUID> ids(Statement sql, String requete) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (ResultSet lignes = sql.executeQuery(requete)) {
            while (lignes.next()) {
                ids.add(lignes.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private String nir(UUID situation) {
        return JeuIndicateurs.nir(base, situation);
    }
}
