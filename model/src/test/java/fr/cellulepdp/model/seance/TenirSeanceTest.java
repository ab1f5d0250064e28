package fr.cellulepdp.model.seance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.ParametrerQuorum;
import fr.cellulepdp.model.cellule.RegleQuorum;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.decision.DeciderEnSeance;
import fr.cellulepdp.model.decision.RectifierDecision;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.SaisieDecision;
import fr.cellulepdp.model.decision.SuiviPrevu;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.seance.CategoriePoint;
import fr.cellulepdp.model.seance.EtatPresence;
import fr.cellulepdp.model.seance.PlanSeance;
import fr.cellulepdp.model.seance.PointOrdreDuJour;
import fr.cellulepdp.model.seance.PreparerSeance;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.StatutSeance;
import fr.cellulepdp.model.seance.TenirSeance;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.suivi.Suivi;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Preparing and holding a meeting of the demo cell, on the in-memory store. */
class TenirSeanceTest {

    static final LocalDate REFERENCE = SeanceDeDemo.REFERENCE;
    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-30T14:00:00Z"));

    private StockageEnMemoire base;
    private PreparerSeance preparer;
    private TenirSeance tenir;
    private DeciderEnSeance decider;
    private RectifierDecision rectifier;
    private Utilisateur coordinatrice;

    @BeforeEach
    void ouvrir() {
        base = new StockageEnMemoire();
        new ChargerDonneesDemo(base, Utilisateur::systeme).executer(REFERENCE);
        preparer = new PreparerSeance(base, HORLOGE, () -> coordinatrice);
        tenir = new TenirSeance(base, HORLOGE, () -> coordinatrice);
        decider = new DeciderEnSeance(base, HORLOGE, new SeancesDesDecisions(base), () -> coordinatrice);
        rectifier = new RectifierDecision(base, HORLOGE, new SeancesDesDecisions(base), () -> coordinatrice);
        Membre membre = membre(Role.COORDINATRICE);
        coordinatrice = new Utilisateur(membre.id(), "coordinatrice", Role.COORDINATRICE);
    }

    private Membre membre(Role role) {
        return base.membres().findAll().stream().filter(m -> m.role() == role).findFirst().orElseThrow();
    }

    private UUID demandeDuPoint(Seance seance, int index) {
        return SeanceDeDemo.demandesDecidees(base, seance).get(index);
    }

    @Test
    void planning_numbers_the_next_meeting_and_refuses_a_missing_place_or_a_taken_number() {
        Seance planifiee = preparer.planifier(new PlanSeance(null, LocalDate.of(2026, 12, 14),
                LocalTime.of(14, 0), "Salle du conseil", "", membre(Role.REFERENT_SOCIAL).id(),
                base.membres().findAll().stream().map(Membre::id).toList()));

        assertThat(planifiee.numero()).isEqualTo(base.seances().findAll().stream().mapToInt(Seance::numero).max()
                .orElseThrow());
        assertThat(planifiee.presences()).hasSize((int) base.membres().count());
        assertThatThrownBy(() -> preparer.planifier(new PlanSeance(planifiee.numero(), null, null, "",
                "", null, List.of()))).isInstanceOfSatisfying(SaisieInvalideException.class, e ->
                assertThat(e.problemes()).extracting(Probleme::champ).containsExactly("date", "lieu", "numéro"));
    }

    @Test
    void the_previous_minutes_are_approved_at_the_meeting_with_their_changes() {
        Seance planifiee = SeanceDeDemo.seancePlanifiee(base);
        assertThatThrownBy(() -> tenir.approuverProcesVerbalPrecedent(planifiee.id(),
                fr.cellulepdp.model.seance.Approbation.APPROUVE, "")).isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("le procès-verbal précédent s'approuve en séance : ouvrez-la.");
        Seance seance = SeanceDeDemo.ouverteAuComplet(base, tenir);
        assertThatThrownBy(() -> tenir.approuverProcesVerbalPrecedent(seance.id(),
                fr.cellulepdp.model.seance.Approbation.APPROUVE_AVEC_MODIFICATIONS, " "))
                .isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("indiquez les modifications apportées au procès-verbal.");

        tenir.approuverProcesVerbalPrecedent(seance.id(),
                fr.cellulepdp.model.seance.Approbation.APPROUVE, "");
        var approbation = tenir.approuverProcesVerbalPrecedent(seance.id(),
                fr.cellulepdp.model.seance.Approbation.APPROUVE_AVEC_MODIFICATIONS, "Point 3 : tuteur corrigé.");

        Seance precedente = base.seances().findAll().stream().filter(Seance::estCloturee)
                .max(java.util.Comparator.comparing(Seance::date)).orElseThrow();
        assertThat(base.approbationsProcesVerbal().findAll()).as("une par séance").hasSize(1);
        assertThat(base.approbationsProcesVerbal().findBySeance(seance.id())).get()
                .isEqualTo(approbation).satisfies(a -> {
                    assertThat(a.precedenteId()).isEqualTo(precedente.id());
                    assertThat(a.modifications()).isEqualTo("Point 3 : tuteur corrigé.");
                });
    }

    @Test
    void an_excused_secretary_cannot_keep_the_minutes_another_present_member_is_named() {
        Seance seance = SeanceDeDemo.ouverteAuComplet(base, tenir);
        UUID secretaire = seance.secretaireId();
        tenir.enregistrerPresences(seance.id(), seance.presences().stream()
                .map(p -> new Presence(p.membreId(), p.membreId().equals(secretaire) ? EtatPresence.EXCUSE
                        : EtatPresence.PRESENT)).toList(), seance.invites());

        assertThatThrownBy(() -> tenir.cloturer(seance.id()))
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("n'est pas noté présent : "
                        + "désignez un secrétaire présent avant de clôturer.");
        assertThatThrownBy(() -> tenir.designerSecretaire(seance.id(), secretaire))
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("membre interne présent");
        Membre present = base.membres().findAll().stream().filter(m -> m.role().estInterne() && m.actif()
                && !m.id().equals(secretaire)).findFirst().orElseThrow();
        assertThat(tenir.designerSecretaire(seance.id(), present.id()).secretaireId())
                .isEqualTo(present.id());
        assertThat(tenir.cloturer(seance.id()).statut()).isEqualTo(StatutSeance.CLOTUREE);
    }

    @Test
    void opening_a_meeting_more_than_a_day_before_its_date_needs_to_be_confirmed() {
        List<java.util.UUID> convoques = base.membres().findAll().stream().map(Membre::id).toList();
        Seance dans14Jours = preparer.planifier(new PlanSeance(null, LocalDate.of(2026, 12, 14),
                LocalTime.of(14, 0), "Salle du conseil", "", null, convoques));
        Seance demain = preparer.planifier(new PlanSeance(null, LocalDate.of(2026, 12, 1),
                LocalTime.of(14, 0), "Salle du conseil", "", null, convoques));

        assertThat(tenir.ouvertureAnticipee(dans14Jours)).isTrue();
        assertThatThrownBy(() -> tenir.ouvrir(dans14Jours.id(), false))
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("la séance n° "
                        + dans14Jours.numero() + " est prévue le 14 décembre 2026, dans 14 jours : confirmez que "
                        + "vous l'ouvrez dès aujourd'hui.");
        assertThat(base.seances().get(dans14Jours.id()).statut()).isEqualTo(StatutSeance.PLANIFIEE);
        assertThat(tenir.ouvrir(dans14Jours.id(), true).statut()).isEqualTo(StatutSeance.OUVERTE);
        assertThat(tenir.ouvertureAnticipee(demain)).as("la veille").isFalse();
        assertThat(tenir.ouvrir(demain.id(), false).statut()).isEqualTo(StatutSeance.OUVERTE);
    }

    @Test
    void the_proposal_puts_urgent_then_complex_then_oldest_followed_measures_last_and_skips_those_on_an_agenda() {
        Seance seance = SeanceDeDemo.seancePlanifiee(base);

        List<PointOrdreDuJour> proposition = preparer.proposer(seance.id());

        List<PointOrdreDuJour> avecDemandes = proposition.stream().filter(p -> !p.demandeIds().isEmpty()).toList();
        fr.cellulepdp.model.mesure.CatalogueMesures catalogue = fr.cellulepdp.model.mesure.CatalogueMesures.parDefaut();
        java.util.function.Predicate<PointOrdreDuJour> suivi = p -> p.demandeIds().stream()
                .allMatch(id -> catalogue.regle(base.demandes().get(id).mesure()).suiviSeulement());
        // the items with only measures the cell follows come last, for information
        assertThat(avecDemandes).extracting(p -> suivi.test(p) ? 1 : 0).isSorted();
        List<PointOrdreDuJour> demandes = avecDemandes.stream().filter(suivi.negate()).toList();
        assertThat(demandes).isNotEmpty();
        assertThat(demandes).extracting(p -> p.categorie().ordinal()).isSorted();
        for (CategoriePoint categorie : List.of(CategoriePoint.URGENT, CategoriePoint.COMPLEXE, CategoriePoint.STANDARD)) {
            List<LocalDate> plusAnciennes = demandes.stream().filter(p -> p.categorie() == categorie)
                    .map(p -> p.demandeIds().stream().map(id -> base.demandes().get(id).dateDemande())
                            .min(LocalDate::compareTo).orElseThrow()).toList();
            assertThat(plusAnciennes).as(categorie.name()).isSorted();
        }
        List<UUID> inscrites = seance.ordreDuJour().stream().flatMap(p -> p.demandeIds().stream()).toList();
        assertThat(proposition).flatExtracting(PointOrdreDuJour::demandeIds).doesNotContainAnyElementsOf(inscrites)
                .allMatch(id -> base.demandes().get(id).statut() == StatutDemande.A_ETUDIER);
        assertThat(proposition).filteredOn(p -> p.categorie() == CategoriePoint.SUIVI)
                .allMatch(p -> base.suivis().findBySituation(p.situationId()).stream()
                        .anyMatch(s -> !s.estRealise() && !s.echeance().isAfter(seance.date())));
    }

    @Test
    void only_the_coordinatrice_is_proposed_an_agenda_the_files_waiting_are_not_read_for_another_role() {
        Seance seance = SeanceDeDemo.seancePlanifiee(base);
        for (Role role : List.of(Role.REFERENT_SOCIAL, Role.REFERENT_MEDICAL, Role.REFERENT_ADMINISTRATIF,
                Role.PARTENAIRE)) {
            PreparerSeance autre = new PreparerSeance(base, HORLOGE, () -> new Utilisateur(null, "autre", role));
            assertThatThrownBy(() -> autre.proposer(seance.id())).as(role.name())
                    .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("seule la coordinatrice");
        }
    }

    @Test
    void saving_the_agenda_marks_requests_inscrites_and_puts_back_those_removed() {
        Seance seance = SeanceDeDemo.seancePlanifiee(base);
        PointOrdreDuJour retire = seance.ordreDuJour().get(0);
        PointOrdreDuJour ajoute = preparer.proposer(seance.id()).stream()
                .filter(p -> !p.demandeIds().isEmpty()).findFirst().orElseThrow();
        List<PointOrdreDuJour> points = new ArrayList<>(seance.ordreDuJour().subList(1, seance.ordreDuJour().size()));
        points.add(0, ajoute);

        Seance enregistree = preparer.enregistrerOrdreDuJour(seance, points);

        assertThat(enregistree.ordreDuJour()).extracting(PointOrdreDuJour::id).containsExactlyElementsOf(
                points.stream().map(PointOrdreDuJour::id).toList());
        assertThat(base.demandes().get(ajoute.demandeIds().get(0)).statut()).isEqualTo(StatutDemande.INSCRITE);
        assertThat(base.demandes().get(retire.demandeIds().get(0)).statut()).isEqualTo(StatutDemande.A_ETUDIER);
    }

    @Test
    void no_decision_before_the_meeting_is_open_nor_without_quorum_unless_overridden_with_a_reason() {
        Seance seance = SeanceDeDemo.seancePlanifiee(base);
        UUID demande = demandeDuPoint(seance, 0);

        assertThatThrownBy(() -> decider.decider(seance.id(), SeanceDeDemo.saisie(demande, IssueDecision.ACCORD)))
                .hasMessageContaining("ouvrez la séance");
        tenir.ouvrir(seance.id(), true);
        tenir.enregistrerPresences(seance.id(), seance.presences().stream()
                .map(p -> new Presence(p.membreId(), base.membres().get(p.membreId()).role() == Role.REFERENT_MEDICAL
                        ? EtatPresence.EXCUSE : EtatPresence.PRESENT)).toList(), List.of());
        assertThat(tenir.constatQuorum(base.seances().get(seance.id())))
                .isEqualTo("Quorum non atteint : il manque 1 référent(e) médical(e).");
        assertThatThrownBy(() -> decider.decider(seance.id(), SeanceDeDemo.saisie(demande, IssueDecision.ACCORD)))
                .hasMessageContaining("le quorum n'est pas atteint (il manque 1 référent(e) médical(e))");
        assertThatThrownBy(() -> tenir.siegerSansQuorum(seance.id(), " "))
                .hasMessageContaining("indiquez pourquoi");

        tenir.siegerSansQuorum(seance.id(), "Médecin-conseil joint par téléphone");

        assertThat(decider.decider(seance.id(), SeanceDeDemo.saisie(demande, IssueDecision.ACCORD)).issue())
                .isEqualTo(IssueDecision.ACCORD);
        assertThat(tenir.constatQuorum(base.seances().get(seance.id())))
                .endsWith("« Médecin-conseil joint par téléphone »");
    }

    @Test
    void the_quorum_follows_the_rule_the_cell_sets() {
        Seance seance = SeanceDeDemo.seancePlanifiee(base);
        tenir.ouvrir(seance.id(), true);
        Seance presents = tenir.enregistrerPresences(seance.id(), seance.presences().stream()
                .map(p -> new Presence(p.membreId(), base.membres().get(p.membreId()).role() == Role.REFERENT_MEDICAL
                        ? EtatPresence.EXCUSE : EtatPresence.PRESENT)).toList(), List.of());
        assertThat(tenir.peutDecider(presents)).isFalse();

        new ParametrerQuorum(base, HORLOGE, () -> coordinatrice).modifier(new RegleQuorum(true, 0, 2, 1));

        assertThat(tenir.peutDecider(presents)).isTrue();
        new ParametrerQuorum(base, HORLOGE, () -> coordinatrice).modifier(new RegleQuorum(true, 0, 3, 0));
        assertThat(base.journalAudit().findAll()).anySatisfy(e -> assertThat(e.details()).isEqualTo(
                "coordinatrice requise, référents médicaux 0, sociaux 2, administratifs 1 → coordinatrice requise, "
                        + "référents médicaux 0, sociaux 3, administratifs 0"));
        assertThat(tenir.constatQuorum(presents)).isEqualTo("Quorum non atteint : il manque 1 référent(e) social(e).");
        assertThatThrownBy(() -> new ParametrerQuorum(base, HORLOGE, () -> new Utilisateur(null, "r", Role.REFERENT_SOCIAL)).modifier(RegleQuorum.PAR_DEFAUT)).hasMessageContaining("seule la coordinatrice");
    }

    @Test
    void closing_locks_decisions_moves_requests_on_and_creates_follow_ups_then_a_rectificatif_corrects() {
        Seance seance = SeanceDeDemo.ouverteAuComplet(base, tenir);
        Membre referente = membre(Role.REFERENT_SOCIAL);
        List<IssueDecision> issues = List.of(IssueDecision.ACCORD, IssueDecision.ACCORD_SOUS_RESERVE,
                IssueDecision.REFUS, IssueDecision.AJOURNEMENT, IssueDecision.SANS_OBJET);
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            SaisieDecision s = SeanceDeDemo.saisie(demandeDuPoint(seance, i), issues.get(i));
            if (i == 0) {
                s = new SaisieDecision(s.demandeId(), s.issue(), s.avisMedical(), "Projet cohérent", "", null, null,
                        null, "", null, s.derogation(), List.of(new SuiviPrevu("Bilan de l'essai", referente.id(),
                        LocalDate.of(2027, 1, 8))));
            }
            decisions.add(decider.decider(seance.id(), s));
        }
        UUID sansDecision = demandeDuPoint(seance, 5);
        long suivisAvant = base.suivis().count();

        tenir.cloturer(seance.id());

        assertThat(base.seances().get(seance.id()).statut()).isEqualTo(StatutSeance.CLOTUREE);
        assertThat(decisions).extracting(d -> base.demandes().get(d.demandeId()).statut()).containsExactly(
                StatutDemande.DECIDEE, StatutDemande.DECIDEE, StatutDemande.DECIDEE, StatutDemande.A_ETUDIER,
                StatutDemande.DECIDEE);
        assertThat(base.demandes().get(sansDecision).statut()).isEqualTo(StatutDemande.A_ETUDIER);
        assertThat(base.suivis().count()).isEqualTo(suivisAvant + 1);
        Situation situation = base.situations().get(base.demandes().get(decisions.get(0).demandeId()).situationId());
        assertThat(base.suivis().findBySituation(situation.id())).filteredOn(s -> decisions.get(0).id()
                .equals(s.decisionId())).singleElement().extracting(Suivi::action, Suivi::responsableId,
                        Suivi::echeance).containsExactly("Bilan de l'essai", referente.id(), LocalDate.of(2027, 1, 8));

        UUID refusee = decisions.get(2).demandeId();
        assertThatThrownBy(() -> decider.decider(seance.id(), SeanceDeDemo.saisie(refusee, IssueDecision.ACCORD)))
                .hasMessageContaining("est clôturée : ses décisions sont verrouillées. Pour corriger une décision, "
                        + "faites un rectificatif.");
        assertThatThrownBy(() -> tenir.cloturer(seance.id())).isInstanceOf(SaisieInvalideException.class);

        Decision rectificatif = rectifier.rectifier(decisions.get(3).id(),
                SeanceDeDemo.saisie(decisions.get(3).demandeId(), IssueDecision.ACCORD));

        assertThat(rectificatif.rectifieDecisionId()).isEqualTo(decisions.get(3).id());
        assertThat(rectificatif.seanceId()).isEqualTo(seance.id());
        assertThat(rectificatif.decideeParId()).isEqualTo(coordinatrice.membreId());
        assertThat(base.decisions().findByDemande(decisions.get(3).demandeId())).extracting(Decision::issue)
                .containsExactlyInAnyOrder(IssueDecision.AJOURNEMENT, IssueDecision.ACCORD);
        assertThat(base.demandes().get(decisions.get(3).demandeId()).statut()).isEqualTo(StatutDemande.DECIDEE);
    }
}
