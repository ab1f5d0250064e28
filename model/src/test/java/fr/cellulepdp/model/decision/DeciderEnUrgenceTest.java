package fr.cellulepdp.model.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.seance.CategoriePoint;
import fr.cellulepdp.model.seance.PointOrdreDuJour;
import fr.cellulepdp.model.seance.PreparerSeance;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.SeanceDeDemo;
import fr.cellulepdp.model.seance.SeancesDesDecisions;
import fr.cellulepdp.model.seance.TenirSeance;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Urgent decisions between meetings, and their ratification at the next one. */
class DeciderEnUrgenceTest {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-25T10:00:00Z"));

    private StockageEnMemoire base;
    private DeciderEnUrgence urgence;
    private Utilisateur coordinatrice;
    private Membre medecin;

    @BeforeEach
    void ouvrir() {
        base = new StockageEnMemoire();
        new ChargerDonneesDemo(base, Utilisateur::systeme).executer(SeanceDeDemo.REFERENCE);
        urgence = new DeciderEnUrgence(base, HORLOGE, new SeancesDesDecisions(base), () -> coordinatrice);
        coordinatrice = new Utilisateur(membre(Role.COORDINATRICE).id(), "c", Role.COORDINATRICE);
        medecin = membre(Role.REFERENT_MEDICAL);
    }

    private Membre membre(Role role) {
        return base.membres().findAll().stream().filter(m -> m.role() == role).findFirst().orElseThrow();
    }

    @Test
    void only_the_coordinatrice_with_a_medical_referent_decides_and_the_decision_is_checked() {
        UUID demande = SeanceDeDemo.demandesDecidees(base, SeanceDeDemo.seancePlanifiee(base)).get(0);
        Utilisateur referente = new Utilisateur(membre(Role.REFERENT_SOCIAL).id(), "r", Role.REFERENT_SOCIAL);

        assertThatThrownBy(() -> new DeciderEnUrgence(base, HORLOGE, new SeancesDesDecisions(base), () -> referente)
                .decider(membre(Role.REFERENT_SOCIAL).id(),
                SeanceDeDemo.saisie(demande, IssueDecision.ACCORD)))
                .isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("seule la coordinatrice décide en urgence, avec un référent médical");
        assertThatThrownBy(() -> urgence.decider(membre(Role.REFERENT_SOCIAL).id(),
                SeanceDeDemo.saisie(demande, IssueDecision.ACCORD)))
                .isInstanceOfSatisfying(SaisieInvalideException.class, e -> assertThat(e.problemes())
                        .extracting(Probleme::champ).containsExactly("référent médical"));
        SaisieInvalideException refus = org.junit.jupiter.api.Assertions.assertThrows(SaisieInvalideException.class,
                () -> urgence.decider(medecin.id(), new fr.cellulepdp.model.decision.SaisieDecision(
                        demande, IssueDecision.REFUS, null, "", "", null, null, null, "", null, "", null)));
        assertThat(refus.problemes()).extracting(Probleme::message).containsExactly("un refus doit être motivé.");
        assertThat(base.decisions().findByDemande(demande)).isEmpty();
    }

    @Test
    void an_urgent_decision_leaves_the_planned_agenda_takes_effect_and_comes_back_for_ratification() {
        Seance prevue = SeanceDeDemo.seancePlanifiee(base);
        UUID demande = SeanceDeDemo.demandesDecidees(base, prevue).get(0);

        Decision decision = urgence.decider(medecin.id(),
                SeanceDeDemo.saisie(demande, IssueDecision.ACCORD));

        assertThat(decision.estHorsSeance()).isTrue();
        assertThat(decision.decideeParId()).isEqualTo(coordinatrice.membreId());
        assertThat(decision.referentMedicalUrgenceId()).isEqualTo(medecin.id());
        assertThat(base.demandes().get(demande).statut()).isEqualTo(StatutDemande.DECIDEE);
        Seance apres = base.seances().get(prevue.id());
        assertThat(apres.pointDe(demande)).isEmpty();
        assertThat(apres.ordreDuJour()).hasSize(prevue.ordreDuJour().size() - 1);

        PreparerSeance preparer = new PreparerSeance(base, HORLOGE, () -> coordinatrice);
        List<PointOrdreDuJour> proposition = preparer.proposer(prevue.id());
        PointOrdreDuJour ratification = proposition.stream().filter(p -> p.categorie() == CategoriePoint.RATIFICATION)
                .findFirst().orElseThrow();
        assertThat(ratification.demandeIds()).containsExactly(demande);

        List<PointOrdreDuJour> points = new ArrayList<>(apres.ordreDuJour());
        points.add(0, ratification);
        Seance avecRatification = preparer.enregistrerOrdreDuJour(apres, points);
        assertThat(preparer.proposer(prevue.id()))
                .noneMatch(p -> p.categorie() == CategoriePoint.RATIFICATION);

        TenirSeance tenir = new TenirSeance(base, HORLOGE, () -> coordinatrice);
        SeanceDeDemo.ouverteAuComplet(base, tenir);
        assertThatThrownBy(() -> new DeciderEnSeance(base, HORLOGE, new SeancesDesDecisions(base), () -> coordinatrice)
                .decider(avecRatification.id(),
                SeanceDeDemo.saisie(demande, IssueDecision.REFUS))).hasMessageContaining("décidée en urgence");
        tenir.cloturer(avecRatification.id());
        assertThat(base.demandes().get(demande).statut()).isEqualTo(StatutDemande.DECIDEE);
    }

    @Test
    void a_request_on_an_open_meeting_is_decided_there() {
        TenirSeance tenir = new TenirSeance(base, HORLOGE, () -> coordinatrice);
        Seance ouverte = SeanceDeDemo.ouverteAuComplet(base, tenir);
        UUID demande = SeanceDeDemo.demandesDecidees(base, ouverte).get(0);

        assertThatThrownBy(() -> urgence.decider(medecin.id(),
                SeanceDeDemo.saisie(demande, IssueDecision.ACCORD)))
                .hasMessageContaining("la séance n° " + ouverte.numero() + ", ouverte : décidez-la en séance");
    }
}
