package fr.cellulepdp.model.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.mesure.CatalogueMesures;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.demande.VerificationMesure;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.StatutSeance;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.Siret;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DonneesDemoTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 23);
    private final JeuDemo jeu = DonneesDemo.generer(REFERENCE);

    @Test
    void is_deterministic() {
        assertThat(DonneesDemo.generer(REFERENCE)).isEqualTo(jeu);
    }

    @Test
    void has_the_members_of_every_role() {
        assertThat(jeu.membres()).extracting(Membre::role).containsExactly(Role.COORDINATRICE, Role.REFERENT_SOCIAL,
                Role.REFERENT_SOCIAL, Role.REFERENT_MEDICAL, Role.REFERENT_ADMINISTRATIF, Role.PARTENAIRE,
                Role.PARTENAIRE);
        assertThat(jeu.cellule().signataire()).isEqualTo(jeu.membres().get(0).nomComplet());
    }

    @Test
    void has_sixty_people_with_valid_and_unique_nirs_and_valid_sirets() {
        assertThat(jeu.assures()).hasSize(60);
        assertThat(jeu.assures()).extracting(a -> a.nir().valeur()).doesNotHaveDuplicates()
                .allSatisfy(nir -> assertThat(Nir.verifier(nir)).isNull())
                .anyMatch(nir -> nir.substring(5, 7).equals("2A"))
                .anyMatch(nir -> nir.substring(5, 7).equals("2B"));
        assertThat(jeu.assures()).map(Assure::employeur).filteredOn(Objects::nonNull)
                .allSatisfy(e -> assertThat(Siret.verifier(e.siret().valeur())).isNull());
    }

    @Test
    void covers_every_origin_risk_measure_and_outcome() {
        assertThat(jeu.situations()).extracting(Situation::origine).contains(Origine.values());
        assertThat(jeu.situations()).extracting(Situation::risque).contains(Risque.values());
        assertThat(jeu.demandes()).extracting(Demande::mesure).contains(TypeMesure.values());
        assertThat(jeu.decisions()).extracting(Decision::issue).contains(IssueDecision.values());
        assertThat(jeu.situations()).anyMatch(s -> s.urgent().leve()).anyMatch(s -> s.complexe().leve())
                .anyMatch(s -> !s.estOuverte());
    }

    @Test
    void has_six_closed_meetings_and_one_planned_with_waiting_requests() {
        assertThat(jeu.seances()).extracting(Seance::statut).containsExactly(StatutSeance.CLOTUREE,
                StatutSeance.CLOTUREE, StatutSeance.CLOTUREE, StatutSeance.CLOTUREE, StatutSeance.CLOTUREE,
                StatutSeance.CLOTUREE, StatutSeance.PLANIFIEE);
        assertThat(jeu.seances()).allMatch(s -> !s.ordreDuJour().isEmpty());
        assertThat(jeu.seances().get(6).date()).isAfter(REFERENCE);
        assertThat(jeu.seances().get(5).date()).isBefore(REFERENCE);
        assertThat(jeu.demandes()).filteredOn(d -> d.statut() == StatutDemande.INSCRITE).hasSize(8);
        assertThat(jeu.demandes()).anyMatch(d -> d.statut() == StatutDemande.A_ETUDIER);
    }

    @Test
    void every_decision_is_on_a_request_of_its_meeting_and_refusals_and_adjournments_say_why() {
        Map<java.util.UUID, Seance> seances = jeu.seances().stream()
                .collect(Collectors.toMap(Seance::id, Function.identity()));
        for (Decision decision : jeu.decisions()) {
            assertThat(seances.get(decision.seanceId()).ordreDuJour())
                    .anyMatch(point -> point.demandeIds().contains(decision.demandeId()));
        }
        assertThat(jeu.decisions()).filteredOn(d -> d.issue() == IssueDecision.REFUS)
                .allMatch(d -> !d.motifs().isBlank());
        assertThat(jeu.decisions()).filteredOn(d -> d.issue() == IssueDecision.AJOURNEMENT)
                .allMatch(d -> !d.elementsManquants().isBlank() && d.dateLimiteElements() != null);
    }

    @Test
    void every_request_granted_respects_the_measure_rules() {
        VerificationMesure verification = new VerificationMesure(CatalogueMesures.parDefaut());
        Map<java.util.UUID, Demande> demandes = jeu.demandes().stream()
                .collect(Collectors.toMap(Demande::id, Function.identity()));
        Map<java.util.UUID, Situation> situations = jeu.situations().stream()
                .collect(Collectors.toMap(Situation::id, Function.identity()));
        Map<java.util.UUID, Assure> assures = jeu.assures().stream()
                .collect(Collectors.toMap(Assure::id, Function.identity()));
        for (Decision decision : jeu.decisions()) {
            if (decision.issue() != IssueDecision.ACCORD && decision.issue() != IssueDecision.ACCORD_SOUS_RESERVE) {
                continue;
            }
            Demande demande = demandes.get(decision.demandeId());
            Situation situation = situations.get(demande.situationId());
            assertThat(verification.verifier(demande, situation, assures.get(situation.assureId()),
                    jeu.demandes().stream().filter(d -> d.situationId().equals(situation.id())).toList()))
                    .as("règles de la demande %s", demande.mesure()).isEmpty();
        }
        assertThat(jeu.suivis()).isNotEmpty().anyMatch(s -> s.estRealise()).anyMatch(s -> !s.estRealise());
    }
}
