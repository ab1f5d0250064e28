package fr.cellulepdp.persistence.depot;

import fr.cellulepdp.persistence.base.BaseDeDonnees;
import fr.cellulepdp.persistence.base.BaseIndisponibleException;
import fr.cellulepdp.persistence.base.BasesDeTest;
import fr.cellulepdp.persistence.base.Exemples;
import fr.cellulepdp.persistence.base.SurBaseTemporaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.annuaire.TypeOrganisation;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.RegleQuorum;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.commun.Repository;
import fr.cellulepdp.model.commun.Versionne;
import fr.cellulepdp.model.decision.AvisMedical;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.SuiviPrevu;
import fr.cellulepdp.model.mesure.AccordMedical;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.notification.CanalEnvoi;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.model.notification.StatutNotification;
import fr.cellulepdp.model.seance.CategoriePoint;
import fr.cellulepdp.model.seance.EtatPresence;
import fr.cellulepdp.model.seance.PointOrdreDuJour;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.StatutSeance;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Consentement;
import fr.cellulepdp.model.situation.Drapeau;
import fr.cellulepdp.model.situation.Entreprise;
import fr.cellulepdp.model.situation.IssueSituation;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutAssure;
import fr.cellulepdp.model.situation.StatutSituation;
import fr.cellulepdp.model.suivi.Suivi;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The contract of every versioned repository on a real database (H2 file, or PostgreSQL on its run): a fully
 * populated object comes back equal (record equality, every component), an update changes every field (optional
 * ones emptied back to null), a stale save is refused and leaves the stored row as it was, a second insert of the
 * same id is a conflict, and everything is found again equal after the database is closed and reopened.
 */
class AllerRetourDepotsTest extends SurBaseTemporaire {


    /** Save, find, update, refuse a stale save and a duplicate insert; returns the stored (updated) object. */
    private <T extends Versionne> T contrat(Function<BaseDeDonnees, Repository<T>> depotDe, T nouveau,
                                            UnaryOperator<T> modification) {
        Repository<T> depot = depotDe.apply(base);
        long avant = depot.count();

        T v1 = depot.save(nouveau);

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.id()).isEqualTo(nouveau.id());
        assertThat(depot.get(nouveau.id())).isEqualTo(v1);
        assertThat(depot.findAll()).contains(v1);
        assertThat(depot.count()).isEqualTo(avant + 1);

        T v2 = depot.save(modification.apply(v1));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2).isNotEqualTo(v1);
        assertThat(depot.get(nouveau.id())).isEqualTo(v2);

        assertThatThrownBy(() -> depot.save(v1))
                .isInstanceOf(ConflitDeModificationException.class)
                .hasMessageContaining("modifié(e) entre-temps");
        assertThatThrownBy(() -> depot.save(nouveau)).isInstanceOf(ConflitDeModificationException.class);
        assertThat(depot.get(nouveau.id())).isEqualTo(v2);
        assertThat(depot.count()).isEqualTo(avant + 1);
        assertThat(depot.find(Exemples.id("inconnu"))).isEmpty();
        return v2;
    }

    @Test
    void every_aggregate_keeps_every_field_through_insert_update_conflict_and_reopening() {
        List<Versionne> stockes = new ArrayList<>();
        stockes.add(contrat(BaseDeDonnees::cellules, Exemples.cellule(), AllerRetourDepotsTest::celluleModifiee));
        stockes.add(contrat(BaseDeDonnees::membres, Exemples.membre(Exemples.COORDINATRICE, Role.COORDINATRICE),
                AllerRetourDepotsTest::membreModifie));
        stockes.add(contrat(BaseDeDonnees::membres, Exemples.membre(Exemples.REFERENTE, Role.REFERENT_SOCIAL),
                m -> m));
        stockes.add(contrat(BaseDeDonnees::assures, Exemples.assure(), AllerRetourDepotsTest::assureModifie));
        stockes.add(contrat(BaseDeDonnees::situations, Exemples.situation(),
                AllerRetourDepotsTest::situationModifiee));
        stockes.add(contrat(BaseDeDonnees::demandes, Exemples.demande(), AllerRetourDepotsTest::demandeModifiee));
        stockes.add(contrat(BaseDeDonnees::seances, Exemples.seance(), AllerRetourDepotsTest::seanceModifiee));
        stockes.add(contrat(BaseDeDonnees::decisions, Exemples.decision(), AllerRetourDepotsTest::decisionModifiee));
        stockes.add(contrat(BaseDeDonnees::suivis, Exemples.suivi(), AllerRetourDepotsTest::suiviModifie));
        stockes.add(contrat(BaseDeDonnees::notifications, Exemples.notification(),
                AllerRetourDepotsTest::notificationModifiee));
        stockes.add(contrat(BaseDeDonnees::organisations, Exemples.organisation(),
                AllerRetourDepotsTest::organisationModifiee));
        base.close();

        base = BasesDeTest.ouvrir(fichier);

        assertThat(base.cellules().findAll()).containsExactly((Cellule) stockes.get(0));
        assertThat(base.membres().findAll()).containsExactlyInAnyOrder((Membre) stockes.get(1),
                (Membre) stockes.get(2));
        assertThat(base.assures().findAll()).containsExactly((Assure) stockes.get(3));
        assertThat(base.situations().findAll()).containsExactly((Situation) stockes.get(4));
        assertThat(base.demandes().findAll()).containsExactly((Demande) stockes.get(5));
        assertThat(base.seances().findAll()).containsExactly((Seance) stockes.get(6));
        assertThat(base.decisions().findAll()).containsExactly((Decision) stockes.get(7));
        assertThat(base.suivis().findAll()).containsExactly((Suivi) stockes.get(8));
        assertThat(base.notifications().findAll()).containsExactly((Notification) stockes.get(9));
        assertThat(base.organisations().findAll()).containsExactly((Organisation) stockes.get(10));
    }

    @Test
    void the_specific_finders_follow_the_updates() {
        contrat(BaseDeDonnees::cellules, Exemples.cellule(), c -> c);
        base.membres().save(Exemples.membre(Exemples.COORDINATRICE, Role.COORDINATRICE));
        base.membres().save(Exemples.membre(Exemples.REFERENTE, Role.REFERENT_SOCIAL));
        Assure assure = contrat(BaseDeDonnees::assures, Exemples.assure(), AllerRetourDepotsTest::assureModifie);
        Situation situation = contrat(BaseDeDonnees::situations, Exemples.situation(),
                AllerRetourDepotsTest::situationModifiee);
        Demande demande = contrat(BaseDeDonnees::demandes, Exemples.demande(),
                AllerRetourDepotsTest::demandeModifiee);
        base.seances().save(Exemples.seance());
        Decision decision = base.decisions().save(Exemples.decision());
        Notification notification = base.notifications().save(Exemples.notification());
        Suivi suivi = base.suivis().save(Exemples.suivi());

        assertThat(base.assures().findByNir(assure.nir())).contains(assure);
        assertThat(base.assures().findByNir(Exemples.assure().nir())).isEmpty();
        assertThat(base.situations().findByNumeroDossier("PDP-2026-0002")).contains(situation);
        assertThat(base.situations().findByNumeroDossier("PDP-2026-0001")).isEmpty();
        assertThat(base.situations().findByAssure(Exemples.ASSURE)).containsExactly(situation);
        assertThat(base.situations().findByAssure(Exemples.id("autre"))).isEmpty();
        assertThat(base.demandes().findBySituation(Exemples.SITUATION)).containsExactly(demande);
        assertThat(base.demandes().findByStatut(StatutDemande.DECIDEE)).containsExactly(demande);
        assertThat(base.demandes().findByStatut(StatutDemande.INSCRITE)).isEmpty();
        assertThat(base.decisions().findByDemande(Exemples.DEMANDE)).containsExactly(decision);
        assertThat(base.decisions().findBySeance(Exemples.SEANCE)).containsExactly(decision);
        assertThat(base.decisions().findBySeance(Exemples.id("autre"))).isEmpty();
        assertThat(base.notifications().findByDecision(Exemples.DECISION)).containsExactly(notification);
        assertThat(base.suivis().findBySituation(Exemples.SITUATION)).containsExactly(suivi);
    }

    @Test
    void a_failed_transaction_rolls_back_inserts_updates_and_child_rows() {
        base.cellules().save(Exemples.cellule());
        base.membres().save(Exemples.membre(Exemples.COORDINATRICE, Role.COORDINATRICE));
        base.membres().save(Exemples.membre(Exemples.REFERENTE, Role.REFERENT_SOCIAL));
        base.assures().save(Exemples.assure());
        Situation situation = base.situations().save(Exemples.situation());
        base.demandes().save(Exemples.demande());
        Seance seance = base.seances().save(Exemples.seance());

        assertThatThrownBy(() -> base.transactions().runInTransaction(() -> {
            base.situations().save(situationModifiee(situation));
            base.seances().save(seanceModifiee(seance));
            base.decisions().save(Exemples.decision());
            base.notifications().save(Exemples.notification());
            throw new IllegalStateException("panne");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(base.situations().get(Exemples.SITUATION)).isEqualTo(situation);
        assertThat(base.situations().findByNumeroDossier("PDP-2026-0001")).contains(situation);
        assertThat(base.seances().get(Exemples.SEANCE)).isEqualTo(seance);
        assertThat(base.decisions().count()).isZero();
        assertThat(base.notifications().count()).isZero();
    }

    @Test
    void a_conflict_inside_a_transaction_rolls_back_what_the_transaction_saved_before() {
        base.cellules().save(Exemples.cellule());
        Membre membre = base.membres().save(Exemples.membre(Exemples.COORDINATRICE, Role.COORDINATRICE));
        base.membres().save(membre);

        assertThatThrownBy(() -> base.transactions().runInTransaction(() -> {
            base.cellules().save(celluleModifiee(base.cellules().get(Exemples.CELLULE)));
            base.membres().save(membre);
        })).isInstanceOf(ConflitDeModificationException.class);

        assertThat(base.cellules().get(Exemples.CELLULE).version()).isEqualTo(1);
        assertThat(base.cellules().get(Exemples.CELLULE).nom()).isEqualTo(Exemples.cellule().nom());
    }

    @Test
    void a_committed_transaction_is_seen_by_every_repository_call_inside_it() {
        Integer vus = base.transactions().inTransaction(() -> {
            base.cellules().save(Exemples.cellule());
            base.transactions().runInTransaction(
                    () -> base.membres().save(Exemples.membre(Exemples.COORDINATRICE, Role.COORDINATRICE)));
            return (int) (base.cellules().count() + base.membres().count());
        });

        assertThat(vus).isEqualTo(2);
        assertThat(base.cellules().count()).isEqualTo(1);
        assertThat(base.membres().count()).isEqualTo(1);
    }

    @Test
    void migrations_are_applied_on_open_and_reopening_applies_nothing_again() throws Exception {
        base.cellules().save(Exemples.cellule());
        base.close();
        List<String> apresPremiereOuverture = migrationsAppliquees();

        base = BasesDeTest.ouvrir(fichier);
        base.close();
        base = BasesDeTest.ouvrir(fichier.resolveSibling("cellule.mv.db"));

        assertThat(apresPremiereOuverture).startsWith("1", "2").doesNotHaveDuplicates().hasSize(nombreDeMigrations());
        assertThat(base.cellules().count()).isEqualTo(1);
        base.close();
        assertThat(migrationsAppliquees()).isEqualTo(apresPremiereOuverture);
        base = BasesDeTest.ouvrir(fichier);
    }

    /** The scripts of both engines and the Java migrations (V30.1, V35), and on PostgreSQL its own (the roles: V27). */
    private static int nombreDeMigrations() throws Exception {
        int nombre = scripts("src/main/resources/db/migration") + migrationsJava();
        return BasesDeTest.surPostgresql() ? nombre + scripts("src/main/resources/db/postgresql") : nombre;
    }

    private static int migrationsJava() throws Exception {
        try (var fichiers = java.nio.file.Files.walk(Path.of("src/main/java"))) {
            return (int) fichiers.filter(f -> f.getFileName().toString().matches("V\\d+(_\\d+)?__.*\\.java")).count();
        }
    }

    private static int scripts(String dossier) throws Exception {
        try (var fichiers = java.nio.file.Files.list(Path.of(dossier))) {
            return (int) fichiers.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }

    private List<String> migrationsAppliquees() throws Exception {
        List<String> versions = new ArrayList<>();
        try (Connection connexion = BasesDeTest.acces(fichier).connexion();
             Statement requete = connexion.createStatement();
             ResultSet lignes = requete.executeQuery(
                     "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (lignes.next()) {
                versions.add(lignes.getString(1));
            }
        }
        return versions;
    }

    @Test
    void an_url_of_another_engine_is_refused_with_a_french_message() {
        assertThatThrownBy(() -> BaseDeDonnees.ouvrirUrl("jdbc:inconnu:base", "sa", ""))
                .isInstanceOf(BaseIndisponibleException.class)
                .hasMessageContaining("non prise en charge").hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    @Tag("h2")
    void an_h2_url_opens_a_migrated_database() {
        try (BaseDeDonnees parUrl = BaseDeDonnees.ouvrirUrl("jdbc:h2:file:" + dossier.resolve("url"), "sa", "")) {
            parUrl.cellules().save(Exemples.cellule());
            assertThat(parUrl.cellules().count()).isEqualTo(1);
            assertThat(parUrl.description()).contains("jdbc:h2:file:");
        }
    }

    @Test
    void no_generated_jooq_type_leaves_the_module_through_its_public_api() {
        for (Class<?> type : List.of(BaseDeDonnees.class, BaseIndisponibleException.class)) {
            for (Method methode : type.getMethods()) {
                if (!Modifier.isPublic(methode.getModifiers())) {
                    continue;
                }
                assertThat(methode.getReturnType().getName()).doesNotStartWith("fr.cellulepdp.persistence.jooq")
                        .doesNotStartWith("org.jooq");
                for (Class<?> parametre : methode.getParameterTypes()) {
                    assertThat(parametre.getName()).doesNotStartWith("fr.cellulepdp.persistence.jooq")
                            .doesNotStartWith("org.jooq");
                }
            }
        }
    }

    // every field changed; optional ones emptied where the model allows null

    private static Cellule celluleModifiee(Cellule c) {
        return new Cellule(c.id(), c.version(), "Cellule locale PDP 21", "CPAM de la Côte-d'Or",
                new Adresse("8 rue Autre", "", "21000", "Dijon"), "03 11 11 11 11", "cellule21@exemple.fr",
                "Dominique Autre", "Directrice", new RegleQuorum(false, 0, 1, 1), 5, 30, "/chemin/signature.p12",
                "/chemin/logo.png", true, "Dominique", "Par délégation du directeur", "Beaune", true);
    }

    private static Organisation organisationModifiee(Organisation o) {
        return new Organisation(o.id(), o.version(), TypeOrganisation.RECOURS, "Commission de recours amiable",
                new Adresse("2 rue Autre", "BP 7", "21000", "Dijon"), "cra@exemple.fr", "03 22 22 22 22", false);
    }

    private static Membre membreModifie(Membre m) {
        return new Membre(m.id(), m.version(), "M.", "Alex", "Martin-Essai", "Médecin conseil", "DRSM",
                Role.REFERENT_MEDICAL, "alex@exemple.fr", false, true);
    }

    private static Assure assureModifie(Assure a) {
        return new Assure(a.id(), a.version(), Nir.de("185052A00412356"), "Autre", "Dominique", null, null,
                new Adresse("", "", "", ""), "", "", StatutAssure.TRAVAILLEUR_INDEPENDANT, null, "",
                new fr.cellulepdp.model.situation.Reconnaissances(LocalDate.of(2024, 3, 1), LocalDate.of(2029, 2, 28),
                        LocalDate.of(2025, 1, 15), null, fr.cellulepdp.model.situation.Inaptitude.DECLAREE,
                        LocalDate.of(2026, 6, 30)));
    }

    private static Situation situationModifiee(Situation s) {
        return new Situation(s.id(), s.version(), "PDP-2026-0002", s.assureId(), null, null, Origine.EMPLOYEUR,
                Risque.MALADIE_PROFESSIONNELLE, null, null,
                new Consentement(null, Set.of(Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL), LocalDate.of(2026, 12, 2)),
                Drapeau.BAISSE, Drapeau.leve("dossier très complexe"), "", "", StatutSituation.CLOTUREE,
                IssueSituation.MAINTIEN_MEME_POSTE, LocalDate.of(2026, 12, 31), "SPSTI de Côte-d'Or (fictif)");
    }

    private static Demande demandeModifiee(Demande d) {
        return new Demande(d.id(), d.version(), d.situationId(), TypeMesure.AUTRE, "Atelier collectif",
                LocalDate.of(2026, 10, 5), new Entreprise("Sans SIRET", null), "", "", null, null, null, true, null,
                "", "", Set.of(AccordMedical.MEDECIN_TRAVAIL), StatutDemande.DECIDEE);
    }

    private static Seance seanceModifiee(Seance s) {
        PointOrdreDuJour premier = new PointOrdreDuJour(Exemples.id("point-b"), Exemples.SITUATION,
                List.of(), CategoriePoint.COMPLEXE, 0, Set.of(Exemples.COORDINATRICE, Exemples.REFERENTE));
        PointOrdreDuJour second = new PointOrdreDuJour(Exemples.id("point-c"), Exemples.SITUATION,
                List.of(Exemples.DEMANDE), CategoriePoint.STANDARD, 30, Set.of());
        return new Seance(s.id(), s.version(), 13, LocalDate.of(2026, 12, 4), null, "", "", StatutSeance.CLOTUREE,
                null, List.of(new Presence(Exemples.REFERENTE, EtatPresence.ABSENT),
                        new Presence(Exemples.COORDINATRICE, EtatPresence.PRESENT)),
                List.of("Invité Trois"), List.of(premier, second), "deux référents retenus en urgence");
    }

    private static Decision decisionModifiee(Decision d) {
        return new Decision(d.id(), d.version(), d.demandeId(), null, IssueDecision.AJOURNEMENT,
                AvisMedical.DEFAVORABLE, "", "", null, null, null, "certificat médical", LocalDate.of(2027, 1, 15),
                "dérogation", null, Instant.parse("2026-11-21T09:00:00Z"), null, Exemples.COORDINATRICE,
                List.of(new SuiviPrevu("Relancer l'employeur", null, LocalDate.of(2027, 1, 10))));
    }

    private static Suivi suiviModifie(Suivi s) {
        return new Suivi(s.id(), s.version(), s.situationId(), null, "Appel de l'employeur", null,
                LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 9), "fait");
    }

    private static Notification notificationModifiee(Notification n) {
        return new Notification(n.id(), n.version(), n.decisionId(), n.destinataire(), CanalEnvoi.COURRIER,
                StatutNotification.ENVOYEE, "cd".repeat(32), 3, Instant.parse("2026-11-22T08:30:00.5Z"), "", "", "",
                null);
    }

    @Test
    void amounts_and_instants_come_back_equal_to_what_the_model_keeps() {
        base.cellules().save(Exemples.cellule());
        base.membres().save(Exemples.membre(Exemples.COORDINATRICE, Role.COORDINATRICE));
        base.membres().save(Exemples.membre(Exemples.REFERENTE, Role.REFERENT_SOCIAL));
        base.assures().save(Exemples.assure());
        base.situations().save(Exemples.situation());
        Demande demande = base.demandes().save(Exemples.demande());
        base.seances().save(Exemples.seance());
        Decision decision = base.decisions().save(Exemples.decision());

        assertThat(base.demandes().get(Exemples.DEMANDE)).isEqualTo(demande);
        assertThat(base.demandes().get(Exemples.DEMANDE).cout()).isEqualTo(new BigDecimal("150.50"));
        assertThat(base.decisions().get(Exemples.DECISION)).isEqualTo(decision);
        assertThat(base.decisions().get(Exemples.DECISION).decideeLe()).isEqualTo(decision.decideeLe());
        assertThat(base.seances().get(Exemples.SEANCE).heure()).isEqualTo(LocalTime.of(14, 0));
    }
}
