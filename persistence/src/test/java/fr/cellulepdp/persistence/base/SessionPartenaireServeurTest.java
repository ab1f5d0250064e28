package fr.cellulepdp.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.SessionDeTest;
import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.model.audit.VerifierAudit;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.compte.GererComptes;
import fr.cellulepdp.model.compte.SeConnecter;
import fr.cellulepdp.model.document.ConsulterDocuments;
import fr.cellulepdp.model.document.DocumentSeance;
import fr.cellulepdp.model.document.ExtraitsPartenaires;
import fr.cellulepdp.model.document.RayonDocuments;
import fr.cellulepdp.model.indicateur.JeuIndicateurs;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.situation.ResumeSituation;
import fr.cellulepdp.persistence.compte.HachageArgon2;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partner's whole session on a PostgreSQL server, through the application connected as his own login role
 * (decisions 0034, 0042): login, his list, his type's agenda, his entries in the trail signed by his key, the trail
 * sealed at the close in a table no application role can rewrite; and what his role reads directly is only what the
 * application shows him (initials, never names nor NIR).
 */
@Tag("postgresql")
@EnabledIfEnvironmentVariable(named = BasesDeTest.VARIABLE_URL, matches = ".+")
class SessionPartenaireServeurTest {

    private static final String MDP = "Cellule-Pdp-2026!";
    private static final String NOUVEAU = "Autre-Secret-2026!";
    private static final String CAP_EMPLOI = "cap.emploi";
    private final Horloge horloge = Horloge.fixe(Instant.parse("2026-11-23T10:00:00Z"));

    @TempDir
    Path rayon;

    /** The cell on a new schema: the coordinatrice's and the partner's accounts, each with its login role. */
    private BasesDeTest.Acces cellule() {
        BasesDeTest.Acces proprietaire = BasesDeTest.nouveauSchemaPostgresql();
        try (BaseDeDonnees base = proprietaire.ouvrir()) {
            JeuIndicateurs.charger(base);
            // the server judges consent by its own date: S4's far ahead
            JeuIndicateurs.consentementsVaries(base, LocalDate.of(2099, 1, 1));
            SessionDeTest session = new SessionDeTest(null);
            GererComptes comptes = new GererComptes(base, new HachageArgon2(), horloge, session);
            session.devient(comptes.creerPremier("helene.martinel", JeuIndicateurs.COORDINATRICE,
                    MDP.toCharArray(), MDP.toCharArray()).utilisateur());
            comptes.creer(CAP_EMPLOI, JeuIndicateurs.PARTENAIRE, Role.PARTENAIRE, MDP.toCharArray(),
                    MDP.toCharArray());
        }
        return proprietaire;
    }

    @Test
    void a_partner_logs_in_with_his_own_role_lists_his_files_reads_his_agenda_and_signs_his_entries() throws Exception {
        BasesDeTest.Acces proprietaire = cellule();
        ecrire(1, ExtraitsPartenaires.ordreDuJour(Partenaire.CAP_EMPLOI), "ordre du jour Cap emploi");
        ecrire(1, ExtraitsPartenaires.ordreDuJour(Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL), "autre type");

        List<String> nirs;
        try (BaseDeDonnees base = proprietaire.ouvrir()) {
            nirs = List.of(JeuIndicateurs.nir(base, JeuIndicateurs.S1), JeuIndicateurs.nir(base, JeuIndicateurs.S2),
                    "2690549588157" + "80");
        }
        AccesBase parCompte = AccesBase.depuis(proprietaire.url(), null, null);
        String role;
        try (BaseDeDonnees sienne = parCompte.ouvrir(CAP_EMPLOI, MDP.toCharArray(), horloge.maintenant())) {
            role = sienne.contexte().dsl().fetchValue("SELECT current_user").toString();
            Utilisateur partenaire = new SeConnecter(sienne, new HachageArgon2(), horloge).connecter(CAP_EMPLOI,
                    MDP.toCharArray());
            assertThat(partenaire.role()).isEqualTo(Role.PARTENAIRE);

            ListerSituations lister = new ListerSituations(sienne, horloge, () -> partenaire);
            List<ResumeSituation> liste = lister.lister();
            assertThat(liste).extracting(ResumeSituation::id).containsExactly(JeuIndicateurs.S1);
            assertThat(liste.get(0).personne()).matches("\\p{Lu}\\. \\p{Lu}\\.");
            // a NIR search answers alike for the shared, a hidden (S2: another type) and an unknown person
            for (String nir : nirs) {
                var resultat = lister.rechercher(new fr.cellulepdp.model.situation.CritereSituations(nir,
                        true, null, null, null, null, null, null, false, 0,
                        fr.cellulepdp.model.situation.CritereSituations.LIMITE_PAR_DEFAUT));
                assertThat(resultat.total()).as("same answer as an unknown NIR").isZero();
                assertThat(resultat.lignes()).isEmpty();
            }

            ConsulterDocuments documents = new ConsulterDocuments(sienne, dossiers(), () -> partenaire);
            List<DocumentSeance> siens = documents.lister();
            assertThat(siens).extracting(DocumentSeance::nom)
                    .containsExactly(ExtraitsPartenaires.ordreDuJour(Partenaire.CAP_EMPLOI));
            assertThat(Files.readString(documents.fichier(siens.get(0))))
                    .isEqualTo("ordre du jour Cap emploi");

            // the cell's follow-ups and letters are refused by the use cases themselves, before the server's
            // grants (which give his role neither table) would answer with an error
            assertThatThrownBy(() -> new fr.cellulepdp.model.suivi.SuivreSuivis(sienne, horloge, () -> partenaire)
                    .lister(null, false)).isInstanceOf(fr.cellulepdp.model.commun.SaisieInvalideException.class);
            assertThatThrownBy(() -> new fr.cellulepdp.model.notification.SuivreCourriers(sienne, horloge,
                    () -> partenaire).enAttente())
                    .isInstanceOf(fr.cellulepdp.model.commun.SaisieInvalideException.class);

            // his own new password: a new signing key, and his login role's password follows
            new GererComptes(sienne, new HachageArgon2(), horloge, () -> partenaire).changerLeMien(MDP.toCharArray(),
                    NOUVEAU.toCharArray(), NOUVEAU.toCharArray());
        }
        assertThatThrownBy(() -> parCompte.ouvrir(CAP_EMPLOI, MDP.toCharArray(), horloge.maintenant()))
                .hasMessageContaining("identifiant ou mot de passe incorrect");
        try (BaseDeDonnees sienne = parCompte.ouvrir(CAP_EMPLOI, NOUVEAU.toCharArray(), horloge.maintenant())) {
            new SeConnecter(sienne, new HachageArgon2(), horloge).connecter(CAP_EMPLOI, NOUVEAU.toCharArray());
        }
        assertThat(role).startsWith(CAP_EMPLOI + "@");

        try (BaseDeDonnees base = proprietaire.ouvrir()) {
            List<EvenementAudit> siennes = base.journalAudit().findAll().stream()
                    .filter(e -> e.acteur().equals(CAP_EMPLOI)).toList();
            assertThat(siennes).extracting(EvenementAudit::action).containsExactly("CONNEXION", "MOT_DE_PASSE_CHANGE",
                    "CLE_SIGNATURE", "CONNEXION");
            assertThat(siennes).allSatisfy(e -> assertThat(e.signature()).isNotEmpty());
            // his close sealed the trail's head with his key, in the server's table of seals
            assertThat(base.sceauJournal().lire()).hasValueSatisfying(sceau -> {
                assertThat(sceau.acteur()).isEqualTo(CAP_EMPLOI);
                assertThat(sceau.sequence()).isEqualTo(base.journalAudit().dernier().orElseThrow().sequence());
            });
            Utilisateur coordinatrice = new Utilisateur(JeuIndicateurs.COORDINATRICE, "helene.martinel",
                    Role.COORDINATRICE);
            VerifierAudit.Resultat resultat = new VerifierAudit(base, () -> coordinatrice).verifier();
            assertThat(resultat.intact()).as(resultat.raison()).isTrue();
            assertThat(resultat.signees()).isEqualTo(resultat.entrees());
        }
    }

    @Test
    void the_partners_role_reads_initials_but_never_a_name_nor_a_nir_nor_another_entrys_details() throws Exception {
        BasesDeTest.Acces proprietaire = cellule();
        String role;
        try (BaseDeDonnees base = proprietaire.ouvrir()) {
            role = ((RolesPostgresql) base.accesChiffre()).roleDe(CAP_EMPLOI);
        }
        try (Connection partenaire = DriverManager.getConnection(proprietaire.url(), role, MDP);
             Statement sql = partenaire.createStatement()) {
            for (String requete : List.of("SELECT nom FROM assure", "SELECT prenom FROM assure",
                    "SELECT nir FROM assure", "SELECT * FROM assure", "SELECT id FROM assure WHERE nom LIKE 'A%'")) {
                assertThatThrownBy(() -> sql.executeQuery(requete).close()).as(requete)
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
            try (var lignes = sql.executeQuery("SELECT count(*) FROM assure_initiales")) {
                lignes.next();
                assertThat(lignes.getInt(1)).as("the person of the shared file only").isEqualTo(1);
            }
            try (var lignes = sql.executeQuery("SELECT count(*) FROM evenement_audit "
                    + "WHERE action NOT IN ('CLE_SIGNATURE', 'ROLE_COMPTE')")) {
                lignes.next();
                assertThat(lignes.getInt(1)).as("of the other entries, the head only").isLessThanOrEqualTo(1);
            }
            assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO evenement_audit (numero_sequence, horodatage, "
                    + "acteur, action, type_objet, details, hash_precedent, hash) VALUES (999, now(), "
                    + "'helene.martinel', 'X', 'X', '', '', '')")).as("an entry in another's name")
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        }
    }

    @Test
    void entries_deleted_after_the_last_seal_are_named_and_no_application_role_can_touch_the_seals() throws Exception {
        BasesDeTest.Acces proprietaire = cellule();
        Utilisateur coordinatrice;
        long scellees;
        String role;
        try (BaseDeDonnees base = proprietaire.ouvrir()) {
            coordinatrice = new SeConnecter(base, new HachageArgon2(), horloge).connecter("helene.martinel",
                    MDP.toCharArray());
            for (int i = 0; i < 12; i++) {
                new fr.cellulepdp.model.audit.Audit(base, horloge).noter(coordinatrice, "DOCUMENT_OUVERT", "Seance",
                        null, "travail n° " + i);
            }
            scellees = base.journalAudit().dernier().orElseThrow().sequence();
            role = ((RolesPostgresql) base.accesChiffre()).roleDe("helene.martinel");
        }
        try (BaseDeDonnees base = proprietaire.ouvrir()) {
            assertThat(base.sceauJournal().lire()).hasValueSatisfying(s -> assertThat(s.sequence()).isEqualTo(scellees));
        }
        // even the coordinatrice's own role may only add a seal
        try (Connection elle = DriverManager.getConnection(proprietaire.url(), role, MDP);
             Statement sql = elle.createStatement()) {
            for (String requete : List.of("DELETE FROM sceau_journal", "UPDATE sceau_journal SET sequence = 1",
                    "TRUNCATE sceau_journal")) {
                assertThatThrownBy(() -> sql.executeUpdate(requete)).as(requete).isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
            // she can still delete the trail's last ten entries (the internal roles' ordinary grants)...
            assertThat(sql.executeUpdate("DELETE FROM evenement_audit WHERE numero_sequence > " + (scellees - 10)))
                    .isEqualTo(10);
        }
        // ...and verify-audit names them against the server's seal
        try (BaseDeDonnees base = proprietaire.ouvrir()) {
            VerifierAudit.Resultat resultat = new VerifierAudit(base, () -> coordinatrice).verifier();
            assertThat(resultat.intact()).isFalse();
            assertThat(resultat.raison()).contains("les entrées n° " + (scellees - 9) + " à " + scellees
                    + " ont été supprimées").contains("registre des sceaux du serveur");
        }
    }

    private void ecrire(int seance, String nom, String contenu) throws IOException {
        Files.createDirectories(rayon.resolve(String.valueOf(seance)));
        Files.writeString(rayon.resolve(String.valueOf(seance)).resolve(nom), contenu, StandardCharsets.UTF_8);
    }

    /** The archive's folders, one per meeting number, as the application's {@code RayonDossier} keeps them. */
    private RayonDocuments dossiers() {
        return new RayonDocuments() {
            @Override
            public List<Fichier> fichiers(int numeroSeance) {
                Path dossier = dossier(numeroSeance);
                if (!Files.isDirectory(dossier)) {
                    return List.of();
                }
                try (Stream<Path> fichiers = Files.list(dossier)) {
                    return fichiers.map(f -> new Fichier(f.getFileName().toString(), taille(f), Instant.EPOCH))
                            .toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Path dossier(int numeroSeance) {
                return rayon.resolve(String.valueOf(numeroSeance));
            }
        };
    }

    private static long taille(Path fichier) {
        try {
            return Files.size(fichier);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
