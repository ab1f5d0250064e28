package fr.cellulepdp.model.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.SeanceDeDemo;
import fr.cellulepdp.model.seance.SeancesDesDecisions;
import fr.cellulepdp.model.seance.StatutSeance;
import fr.cellulepdp.model.seance.TenirSeance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deciding at a meeting and rectifying, on the in-memory store with the demo cell's planned meeting. */
class DeciderEnSeanceTest {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-30T14:00:00Z"));

    private StockageEnMemoire base;
    private TenirSeance tenir;
    private DeciderEnSeance decider;
    private RectifierDecision rectifier;
    private Utilisateur coordinatrice;

    @BeforeEach
    void ouvrir() {
        base = new StockageEnMemoire();
        new ChargerDonneesDemo(base, Utilisateur::systeme).executer(SeanceDeDemo.REFERENCE);
        tenir = new TenirSeance(base, HORLOGE, () -> coordinatrice);
        decider = new DeciderEnSeance(base, HORLOGE, new SeancesDesDecisions(base), () -> coordinatrice);
        rectifier = new RectifierDecision(base, HORLOGE, new SeancesDesDecisions(base), () -> coordinatrice);
        coordinatrice = SeanceDeDemo.coordinatrice(base);
    }

    private UUID demandeDuPoint(Seance seance, int index) {
        return SeanceDeDemo.demandesDecidees(base, seance).get(index);
    }

    @Test
    void a_request_off_the_agenda_and_a_cancelled_meeting_take_no_decision() {
        Seance seance = SeanceDeDemo.ouverteAuComplet(base, tenir);
        UUID ailleurs = base.demandes().findAll().stream().map(Demande::id)
                .filter(id -> seance.pointDe(id).isEmpty()).findFirst().orElseThrow();

        assertThatThrownBy(() -> decider.decider(seance.id(), SeanceDeDemo.saisie(ailleurs,
                IssueDecision.ACCORD))).isInstanceOfSatisfying(SaisieInvalideException.class, e -> assertThat(
                        e.problemes()).extracting(Probleme::toString)
                .contains("demande : cette demande n'est pas à l'ordre du jour de la séance."));

        base.seances().save(base.seances().get(seance.id()).avecStatut(StatutSeance.ANNULEE));
        assertThatThrownBy(() -> decider.decider(seance.id(), SeanceDeDemo.saisie(
                demandeDuPoint(seance, 0), IssueDecision.ACCORD)))
                .hasMessageContaining("la séance n° " + seance.numero() + " est annulée : planifiez-en une autre.");
        assertThat(base.decisions().findBySeance(seance.id())).isEmpty();
    }

    @Test
    void refusal_adjournment_and_conditional_accord_need_their_details() {
        Seance seance = SeanceDeDemo.ouverteAuComplet(base, tenir);
        UUID demande = demandeDuPoint(seance, 0);
        SaisieDecision vide = new SaisieDecision(demande, IssueDecision.REFUS, null, "", "", null, null, null, "",
                null, "", List.of(new SuiviPrevu("", null, LocalDate.of(2027, 1, 1))));

        assertThatThrownBy(() -> decider.decider(seance.id(), vide))
                .isInstanceOfSatisfying(SaisieInvalideException.class, e -> assertThat(e.problemes())
                        .extracting(Probleme::champ).containsExactly(ValidationDecision.MOTIFS, ValidationDecision.SUIVIS));
        assertThat(ValidationDecision.verifier(new SaisieDecision(demande, IssueDecision.AJOURNEMENT, null, "", "",
                null, null, null, "", null, "", null), List.of(), SeanceDeDemo.REFERENCE)).extracting(Probleme::toString)
                .containsExactly("éléments manquants : un ajournement doit dire ce qui manque pour décider.",
                        "date limite : un ajournement doit fixer la date limite des éléments.");
        assertThat(ValidationDecision.verifier(new SaisieDecision(demande, IssueDecision.AJOURNEMENT, null, "", "",
                null, null, null, "Bulletins de salaire", SeanceDeDemo.REFERENCE, "", null), List.of(), SeanceDeDemo.REFERENCE))
                .as("a deadline already gone is never printed in a letter").extracting(Probleme::toString)
                .containsExactly("date limite : la date limite des éléments est passée : choisissez une date à venir "
                        + "(la personne la lira dans son courrier).");
        assertThat(ValidationDecision.verifier(new SaisieDecision(demande, IssueDecision.ACCORD_SOUS_RESERVE, null,
                "", "", null, null, null, "", null, "", null), List.of(), SeanceDeDemo.REFERENCE)).extracting(Probleme::champ)
                .containsExactly(ValidationDecision.CONDITIONS);
        assertThat(base.decisions().findBySeance(seance.id())).isEmpty();
    }

    @Test
    void an_accord_breaking_a_measure_rule_needs_a_derogation_reason() {
        Seance seance = SeanceDeDemo.ouverteAuComplet(base, tenir);
        Demande essai = seance.ordreDuJour().stream().flatMap(p -> p.demandeIds().stream()).map(base.demandes()::get)
                .filter(d -> d.mesure() == TypeMesure.ESSAI_ENCADRE).findFirst().orElseThrow();
        SaisieDecision tropLong = new SaisieDecision(essai.id(), IssueDecision.ACCORD, AvisMedical.FAVORABLE, "",
                "", essai.dateDebut(), essai.dateDebut().plusWeeks(5), null, "", null, "", List.of());

        assertThatThrownBy(() -> decider.decider(seance.id(), tropLong))
                .hasMessageContaining("dérogation : l'accord enfreint une règle de la mesure (essai encadré : ")
                .hasMessageContaining("indiquez le motif de la dérogation");

        Decision accord = decider.decider(seance.id(), new SaisieDecision(essai.id(),
                IssueDecision.ACCORD, AvisMedical.FAVORABLE, "", "", essai.dateDebut(), essai.dateDebut().plusWeeks(5),
                null, "", null, "Reprise progressive validée par le médecin du travail", List.of()));
        assertThat(accord.derogation()).isEqualTo("Reprise progressive validée par le médecin du travail");
    }

    @Test
    void entering_a_decision_again_while_the_meeting_is_open_replaces_it() {
        Seance seance = SeanceDeDemo.ouverteAuComplet(base, tenir);
        UUID demande = demandeDuPoint(seance, 0);

        Decision premiere = decider.decider(seance.id(), SeanceDeDemo.saisie(demande, IssueDecision.ACCORD));
        Decision seconde = decider.decider(seance.id(), SeanceDeDemo.saisie(demande, IssueDecision.REFUS));

        assertThat(seconde.id()).isEqualTo(premiere.id());
        assertThat(base.decisions().findBySeance(seance.id())).singleElement()
                .satisfies(d -> assertThat(d.issue()).isEqualTo(IssueDecision.REFUS));
    }

    @Test
    void a_rectificatif_is_refused_while_the_meeting_is_open() {
        Seance seance = SeanceDeDemo.ouverteAuComplet(base, tenir);
        UUID demande = demandeDuPoint(seance, 0);
        Decision decision = decider.decider(seance.id(), SeanceDeDemo.saisie(demande, IssueDecision.ACCORD));

        assertThatThrownBy(() -> rectifier.rectifier(decision.id(), SeanceDeDemo.saisie(demande, IssueDecision.REFUS)))
                .hasMessageContaining("la séance est encore ouverte");
    }
}
