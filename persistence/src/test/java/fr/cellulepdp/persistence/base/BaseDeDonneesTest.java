package fr.cellulepdp.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.mesure.AccordMedical;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.mesure.RegleMesure;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.mesure.UniteDuree;
import fr.cellulepdp.model.seance.CategoriePoint;
import fr.cellulepdp.model.seance.PointOrdreDuJour;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutAssure;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every repository against a real database: an H2 file, or a PostgreSQL schema on the PostgreSQL run (tests about
 * the H2 file itself are tagged h2 and left out of that run).
 */
class BaseDeDonneesTest extends SurBaseTemporaire {

    @Override
    String cheminBase() {
        return "donnees/cellule";
    }

    private void enregistrerUnDossierComplet() {
        Exemples.enregistrerJusquALaDemande(base);
        base.seances().save(Exemples.seance());
        base.decisions().save(Exemples.decision());
        base.suivis().save(Exemples.suivi());
        base.notifications().save(Exemples.notification());
    }

    @Test
    void the_description_names_the_engine_of_the_run() {
        assertThat(base.description()).startsWith(BasesDeTest.surPostgresql() ? "PostgreSQL : " : "H2 : ");
        assertThat(base.embarquee()).isEqualTo(!BasesDeTest.surPostgresql());
    }

    @Test
    @Tag("h2")
    void creates_the_database_file_and_its_folder_on_first_open() {
        assertThat(dossier.resolve("donnees/cellule.mv.db")).exists();
        assertThat(base.description()).startsWith("H2 : ").endsWith("cellule.mv.db");
    }

    @Test
    void every_aggregate_comes_back_equal_with_version_1() {
        enregistrerUnDossierComplet();

        assertThat(base.cellules().get(Exemples.CELLULE)).isEqualTo(avecVersion1(Exemples.cellule()));
        assertThat(base.assures().get(Exemples.ASSURE).nir()).isEqualTo(Exemples.assure().nir());
        assertThat(base.assures().get(Exemples.ASSURE)).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(Exemples.assure());
        assertThat(base.situations().get(Exemples.SITUATION)).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(Exemples.situation());
        assertThat(base.demandes().get(Exemples.DEMANDE)).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(Exemples.demande());
        assertThat(base.seances().get(Exemples.SEANCE)).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(Exemples.seance());
        assertThat(base.decisions().get(Exemples.DECISION)).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(Exemples.decision());
        assertThat(base.suivis().findAll()).singleElement().usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(Exemples.suivi());
        assertThat(base.notifications().findByDecision(Exemples.DECISION)).singleElement()
                .usingRecursiveComparison().ignoringFields("version").isEqualTo(Exemples.notification());
        assertThat(base.membres().findAll()).hasSize(2).allMatch(m -> m.version() == 1);
        assertThat(base.situations().get(Exemples.SITUATION).version()).isEqualTo(1);
    }

    private static fr.cellulepdp.model.cellule.Cellule avecVersion1(fr.cellulepdp.model.cellule.Cellule c) {
        return new fr.cellulepdp.model.cellule.Cellule(c.id(), 1, c.nom(), c.cpam(), c.adresse(), c.telephone(),
                c.email(), c.signataireNom(), c.signataireFonction(), c.quorum(), c.conservationAnnees(),
                c.verrouillageMinutes(), c.certificatSignature(), c.logo(), c.coordinatriceLitAvisMedical(), c.signatairePrenom(),
                c.signataireDelegation(), c.villeSignature());
    }

    @Test
    void finders_find_by_nir_file_number_situation_status_meeting_and_request() {
        enregistrerUnDossierComplet();

        assertThat(base.assures().findByNir(Nir.de("269054958815780"))).map(a -> a.id()).contains(Exemples.ASSURE);
        assertThat(base.assures().findByNir(Nir.de("185052A00412356"))).isEmpty();
        assertThat(base.situations().findByNumeroDossier("PDP-2026-0001")).isPresent();
        assertThat(base.situations().findByAssure(Exemples.ASSURE)).hasSize(1);
        assertThat(base.demandes().findBySituation(Exemples.SITUATION)).hasSize(1);
        assertThat(base.demandes().findByStatut(StatutDemande.INSCRITE)).hasSize(1);
        assertThat(base.demandes().findByStatut(StatutDemande.DECIDEE)).isEmpty();
        assertThat(base.decisions().findBySeance(Exemples.SEANCE)).hasSize(1);
        assertThat(base.decisions().findByDemande(Exemples.DEMANDE)).hasSize(1);
        assertThat(base.suivis().findBySituation(Exemples.SITUATION)).hasSize(1);
        assertThat(base.situations().count()).isEqualTo(1);
    }

    @Test
    void an_update_replaces_fields_and_child_rows_and_increments_the_version() {
        enregistrerUnDossierComplet();
        Situation lue = base.situations().get(Exemples.SITUATION);

        Situation enregistree = base.situations().save(Exemples.situationCloturee(lue));

        assertThat(enregistree.version()).isEqualTo(2);
        assertThat(base.situations().get(Exemples.SITUATION)).isEqualTo(enregistree);

        Seance seance = base.seances().get(Exemples.SEANCE);
        PointOrdreDuJour second = new PointOrdreDuJour(Exemples.id("point2"), Exemples.SITUATION, List.of(),
                CategoriePoint.SUIVI, 5, Set.of());
        Seance reordonnee = new Seance(seance.id(), seance.version(), seance.numero(), seance.date(), seance.heure(),
                seance.lieu(), seance.lienVisio(), seance.statut(), seance.secretaireId(), seance.presences().subList(0, 1),
                List.of(), List.of(second, seance.ordreDuJour().get(0)), "");
        base.seances().save(reordonnee);

        Seance relue = base.seances().get(Exemples.SEANCE);
        assertThat(relue.ordreDuJour()).extracting(PointOrdreDuJour::id).containsExactly(second.id(), Exemples.POINT);
        assertThat(relue.presences()).hasSize(1);
        assertThat(relue.invites()).isEmpty();
        assertThat(relue.dureePrevueMinutes()).isEqualTo(20);
    }

    @Test
    void a_stale_update_is_refused_and_overwrites_nothing() {
        enregistrerUnDossierComplet();
        Situation lueParA = base.situations().get(Exemples.SITUATION);
        Situation lueParB = base.situations().get(Exemples.SITUATION);
        Situation deA = base.situations().save(Exemples.situationCloturee(lueParA));

        assertThatThrownBy(() -> base.situations().save(lueParB))
                .isInstanceOf(ConflitDeModificationException.class)
                .hasMessageContaining("modifié(e) entre-temps")
                .hasMessageContaining("rechargez");

        assertThat(base.situations().get(Exemples.SITUATION)).isEqualTo(deA);
    }

    @Test
    void a_stale_save_of_an_aggregate_with_children_leaves_its_children_intact() {
        enregistrerUnDossierComplet();
        Seance lue = base.seances().get(Exemples.SEANCE);
        base.seances().save(lue);
        Seance perimee = new Seance(lue.id(), lue.version(), lue.numero(), lue.date(), lue.heure(), lue.lieu(),
                lue.lienVisio(), lue.statut(), lue.secretaireId(), List.of(), List.of(), List.of(), "");

        assertThatThrownBy(() -> base.seances().save(perimee)).isInstanceOf(ConflitDeModificationException.class);

        assertThat(base.seances().get(Exemples.SEANCE).ordreDuJour()).hasSize(1);
        assertThat(base.seances().get(Exemples.SEANCE).presences()).hasSize(2);
    }

    @Test
    void inserting_twice_the_same_new_object_is_a_conflict_not_a_duplicate() {
        base.cellules().save(Exemples.cellule());

        assertThatThrownBy(() -> base.cellules().save(Exemples.cellule()))
                .isInstanceOf(ConflitDeModificationException.class);
        assertThat(base.cellules().count()).isEqualTo(1);
    }

    @Test
    void a_transaction_that_fails_saves_nothing() {
        base.cellules().save(Exemples.cellule());

        assertThatThrownBy(() -> base.transactions().runInTransaction(() -> {
            base.membres().save(Exemples.membre(Exemples.COORDINATRICE, Role.COORDINATRICE));
            base.assures().save(Exemples.assure());
            throw new IllegalStateException("panne au milieu");
        })).isInstanceOf(IllegalStateException.class).hasMessage("panne au milieu");

        assertThat(base.membres().count()).isZero();
        assertThat(base.assures().count()).isZero();
        assertThat(base.cellules().count()).isEqualTo(1);
    }

    @Test
    void nested_transactions_join_the_outer_one() {
        assertThatThrownBy(() -> base.transactions().runInTransaction(() -> {
            base.transactions().runInTransaction(() -> base.cellules().save(Exemples.cellule()));
            throw new IllegalStateException("échec après la transaction imbriquée");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(base.cellules().count()).isZero();
    }

    @Test
    void everything_is_found_again_after_closing_and_reopening_the_file() {
        enregistrerUnDossierComplet();
        Decision avant = base.decisions().get(Exemples.DECISION);
        base.close();

        base = BasesDeTest.ouvrir(dossier.resolve("donnees/cellule.mv.db"));

        assertThat(base.decisions().get(Exemples.DECISION)).isEqualTo(avant);
        assertThat(base.seances().get(Exemples.SEANCE).ordreDuJour()).hasSize(1);
        assertThat(base.situations().get(Exemples.SITUATION).consentement().partenaires()).hasSize(2);
        assertThat(base.membres().count()).isEqualTo(2);
    }

    @Test
    void the_measure_catalogue_is_stored_and_replaced_rule_by_rule() {
        RegleMesure essai = new RegleMesure(TypeMesure.ESSAI_ENCADRE, UniteDuree.JOURS_OUVRABLES, 14, 1, 28,
                Set.of(AccordMedical.MEDECIN_TRAITANT, AccordMedical.MEDECIN_TRAVAIL), Set.of(), null, null, false,
                "Code de la sécurité sociale");
        RegleMesure consultation = new RegleMesure(TypeMesure.CONSULTATION_MEDICO_PRO, UniteDuree.CONSULTATIONS, 3,
                0, null, Set.of(), Set.of(StatutAssure.TRAVAILLEUR_INDEPENDANT), null, new BigDecimal("60"), false, "");
        base.catalogueMesures().save(essai);
        base.catalogueMesures().save(consultation);

        RegleMesure loiModifiee = new RegleMesure(TypeMesure.ESSAI_ENCADRE, UniteDuree.JOURS_OUVRABLES, 21, 1, 42,
                Set.of(), Set.of(), null, null, false, "nouvelle loi");
        base.catalogueMesures().save(loiModifiee);
        RegleMesure crpe = new RegleMesure(TypeMesure.CRPE, UniteDuree.MOIS, 18, null, null, Set.of(),
                Set.of(StatutAssure.SALARIE), Set.of(fr.cellulepdp.model.mesure.ConditionEligibilite.RQTH,
                        fr.cellulepdp.model.mesure.ConditionEligibilite.RISQUE_INAPTITUDE), null, null, false, "");
        base.catalogueMesures().save(crpe);

        assertThat(base.catalogueMesures().findAll()).containsExactly(loiModifiee, crpe, consultation);
    }

    @Test
    void the_audit_trail_appends_in_sequence_and_a_taken_place_is_refused() {
        Instant t = Instant.parse("2026-11-23T10:00:00Z");
        EvenementAudit premier = base.journalAudit().append(new EvenementAudit(1, t, "coordinatrice", "CREATION",
                "Situation", Exemples.SITUATION, "", "0", "h1"));
        EvenementAudit second = base.journalAudit().append(new EvenementAudit(2, t.plusSeconds(1), "coordinatrice",
                "LECTURE", "Situation", Exemples.SITUATION, "", "h1", "h2"));

        assertThat(base.journalAudit().findAll()).containsExactly(premier, second);
        assertThat(base.journalAudit().dernier()).contains(second);
        assertThatThrownBy(() -> base.journalAudit().append(new EvenementAudit(2, t, "autre", "LECTURE", "Situation",
                null, "", "h1", "h2bis"))).isInstanceOf(RuntimeException.class);
        assertThat(base.journalAudit().findAll()).containsExactly(premier, second);
    }

    @Test
    @Tag("h2")
    void reopening_an_up_to_date_database_changes_nothing() throws Exception {
        base.cellules().save(Exemples.cellule());
        base.close();
        long taille = Files.size(dossier.resolve("donnees/cellule.mv.db"));

        base = BasesDeTest.ouvrir(fichier);

        assertThat(base.cellules().count()).isEqualTo(1);
        assertThat(taille).isPositive();
    }
}
