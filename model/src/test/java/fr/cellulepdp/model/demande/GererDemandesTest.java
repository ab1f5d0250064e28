package fr.cellulepdp.model.demande;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.mesure.AccordMedical;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.GererDemandes;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.demande.VerificationMesure;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Inaptitude;
import fr.cellulepdp.model.situation.Reconnaissances;
import fr.cellulepdp.model.situation.StatutAssure;
import fr.cellulepdp.model.decision.HistoriquePersonne;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests of a situation and the person's history, on the demo cell in the in-memory store.
 */
class GererDemandesTest {

    private static final Utilisateur ACTEUR = Utilisateur.systeme();

    private StockageEnMemoire base;
    private GererDemandes demandes;

    @BeforeEach
    void ouvrir() {
        base = new StockageEnMemoire();
        new ChargerDonneesDemo(base, () -> ACTEUR).executer(LocalDate.of(2026, 11, 23));
        demandes = new GererDemandes(base, fr.cellulepdp.model.commun.Horloge.fixe(
                java.time.Instant.parse("2026-11-23T09:00:00Z")), () -> ACTEUR);
    }

    private Situation ouverteSansEssai() {
        return base.situations().findAll().stream().filter(Situation::estOuverte)
                .filter(s -> base.assures().get(s.assureId()).statut() == StatutAssure.SALARIE)
                .filter(s -> base.demandes().findBySituation(s.id()).stream()
                        .noneMatch(d -> d.mesure() == TypeMesure.ESSAI_ENCADRE))
                .filter(s -> s.debutArret() != null && s.finArretPrevue() != null)
                .findFirst().orElseThrow();
    }

    private static Demande essai(Situation situation, int jours, boolean renouvellement, Set<AccordMedical> accords) {
        return new Demande(UUID.randomUUID(), 0, situation.id(), TypeMesure.ESSAI_ENCADRE, "", LocalDate.of(2026, 11, 20),
                null, "M. Tuteur", "", null, null, jours, renouvellement, null, "", "", accords, StatutDemande.A_ETUDIER);
    }

    @Test
    void checks_the_rules_counting_the_earlier_essais_of_the_same_sick_leave() {
        Situation situation = ouverteSansEssai();
        demandes.enregistrer(essai(situation, 14, false, Set.of(AccordMedical.values())));

        List<Probleme> problemes = demandes.verifier(essai(situation, 16, true, Set.of(AccordMedical.MEDECIN_TRAITANT)));

        assertThat(problemes).extracting(Probleme::message).contains(
                "essai encadré : 16 jours ouvrables demandés, 14 au plus",
                "renouvellement : 30 jours au total sur cet arrêt, 28 au plus",
                "accord du médecin du travail manquant");
    }

    @Test
    void adds_edits_and_withdraws_a_request_then_refuses_to_change_it() {
        Situation situation = ouverteSansEssai();
        Demande ajoutee = demandes.enregistrer(essai(situation, 10, false, Set.of()));
        Demande modifiee = demandes.enregistrer(new Demande(ajoutee.id(), ajoutee.version(),
                ajoutee.situationId(), ajoutee.mesure(), "", ajoutee.dateDemande(), null, "Mme Tutrice", "", null, null,
                12, false, null, "", "avis favorable", Set.of(), StatutDemande.A_ETUDIER));

        Demande retiree = demandes.retirer(modifiee);

        assertThat(base.demandes().get(ajoutee.id())).isEqualTo(retiree);
        assertThat(retiree.statut()).isEqualTo(StatutDemande.RETIREE);
        assertThat(retiree.duree()).isEqualTo(12);
        long entrees = base.journalAudit().findAll().size();
        assertThatThrownBy(() -> demandes.enregistrer(retiree))
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("ne peut plus être modifiée");
        assertThatThrownBy(() -> new GererDemandes(base, fr.cellulepdp.model.commun.Horloge.fixe( java.time.Instant.parse("2026-11-23T09:00:00Z")), () -> new fr.cellulepdp.model.cellule.Utilisateur(null, "partenaire",
                fr.cellulepdp.model.cellule.Role.PARTENAIRE)).enregistrer(essai(situation, 5, false, Set.of())))
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("les dossiers sont créés et modifiés par la coordinatrice");
        // each change in the trail, a refused one not
        assertThat(base.journalAudit().findAll()).hasSize((int) entrees)
                .filteredOn(e -> ajoutee.id().equals(e.objetId())).extracting(e -> e.action())
                .containsExactly("DEMANDE_CREEE", "DEMANDE_MODIFIEE", "DEMANDE_RETIREE");
    }

    @Test
    void a_closed_file_or_inverted_dates_are_refused_and_nothing_is_saved() {
        Situation close = base.situations().findAll().stream().filter(s -> !s.estOuverte()).findFirst().orElseThrow();
        long avant = base.demandes().count();
        Demande inversee = new Demande(UUID.randomUUID(), 0, close.id(), TypeMesure.BILAN_COMPETENCES, "",
                LocalDate.of(2026, 11, 20), null, "", "", LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 1), 24,
                false, null, "", "", Set.of(), StatutDemande.A_ETUDIER);

        assertThatThrownBy(() -> demandes.enregistrer(inversee))
                .isInstanceOf(SaisieInvalideException.class)
                .satisfies(e -> assertThat(((SaisieInvalideException) e).problemes()).extracting(Probleme::champ)
                        .containsExactly("situation", "dates"));
        assertThat(base.demandes().count()).isEqualTo(avant);
    }

    /** The open file of a person with {@code statut} and no RQTH, BOETH title nor unfitness. */
    private Situation ouverteSansReconnaissance(StatutAssure statut) {
        return base.situations().findAll().stream().filter(Situation::estOuverte)
                .filter(s -> base.assures().get(s.assureId()).statut() == statut)
                .filter(s -> base.assures().get(s.assureId()).reconnaissances().equals(Reconnaissances.AUCUNE))
                .findFirst().orElseThrow();
    }

    private static Demande demande(Situation situation, TypeMesure mesure) {
        return new Demande(UUID.randomUUID(), 0, situation.id(), mesure, "", LocalDate.of(2026, 11, 20), null, "", "",
                null, null, null, false, null, "", "", Set.of(AccordMedical.values()), StatutDemande.A_ETUDIER);
    }

    @Test
    void a_measure_the_law_does_not_open_to_the_person_is_refused_with_the_reason_and_nothing_is_saved() {
        Situation chomeur = ouverteSansReconnaissance(StatutAssure.DEMANDEUR_EMPLOI);
        Situation salarie = ouverteSansReconnaissance(StatutAssure.SALARIE);
        long avant = base.demandes().count();
        long entrees = base.journalAudit().findAll().size();

        assertThatThrownBy(() -> demandes.enregistrer(demande(chomeur, TypeMesure.ESSAI_ENCADRE)))
                .isInstanceOf(SaisieInvalideException.class)
                .satisfies(e -> assertThat(((SaisieInvalideException) e).problemes()).containsExactly(new Probleme(
                        VerificationMesure.ELIGIBILITE, "essai encadré : mesure réservée aux personnes au statut "
                        + "« salarié(e), invalide en activité » ; la personne est « demandeur d'emploi »")));
        assertThatThrownBy(() -> demandes.enregistrer(demande(salarie, TypeMesure.CRPE)))
                .isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("convention de rééducation professionnelle en entreprise : il faut une RQTH")
                .hasMessageContaining("rubrique « Handicap et aptitude »");
        assertThat(base.demandes().count()).isEqualTo(avant);
        assertThat(base.journalAudit().findAll()).hasSize((int) entrees);

        // the occupational doctor states a risk of unfitness: the CRPE is open, and stays withdrawable
        Assure personne = base.assures().get(salarie.assureId());
        base.assures().save(personne.avecReconnaissances(new Reconnaissances(null, null, null, null,
                Inaptitude.RISQUE, LocalDate.of(2026, 11, 2))));
        Demande crpe = demandes.enregistrer(demande(salarie, TypeMesure.CRPE));
        assertThat(base.demandes().get(crpe.id()).mesure()).isEqualTo(TypeMesure.CRPE);
        Assure lu = base.assures().get(salarie.assureId());
        base.assures().save(lu.avecReconnaissances(Reconnaissances.AUCUNE));
        assertThat(demandes.retirer(base.demandes().get(crpe.id())).statut()).isEqualTo(StatutDemande.RETIREE);
    }

    @Test
    void the_history_lists_every_request_of_every_file_with_its_decisions() {
        Decision decision = base.decisions().findAll().get(0);
        Demande demande = base.demandes().get(decision.demandeId());
        UUID assure = base.situations().get(demande.situationId()).assureId();

        List<HistoriquePersonne.Ligne> historique = new HistoriquePersonne(base, () -> ACTEUR).historique(assure);

        long attendues = base.situations().findByAssure(assure).stream()
                .mapToLong(s -> base.demandes().findBySituation(s.id()).size()).sum();
        assertThat(historique).hasSize((int) attendues);
        assertThat(historique).filteredOn(l -> l.demande().id().equals(demande.id())).singleElement()
                .satisfies(l -> assertThat(l.decisions()).containsExactly(decision));
    }
}
