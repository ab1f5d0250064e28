package fr.cellulepdp.model.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.commun.Versionne;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.mesure.AccordMedical;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.mesure.CatalogueMesures;
import fr.cellulepdp.model.demande.VerificationMesure;
import fr.cellulepdp.model.seance.PointOrdreDuJour;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.StatutSeance;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.suivi.Suivi;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The content of the demo cell: what a coordinatrice opening the demo expects to find. */
class DonneesDemoContenuTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 23);
    private final JeuDemo jeu = DonneesDemo.generer(REFERENCE);

    @Test
    void the_cell_is_the_nievre_one_signed_by_its_coordinatrice() {
        Membre coordinatrice = jeu.membres().get(0);

        assertThat(jeu.cellule().nom()).isEqualTo("Cellule locale PDP 58");
        assertThat(jeu.cellule().cpam()).isEqualTo("CPAM de la Nièvre");
        assertThat(jeu.cellule().adresse().ville()).isEqualTo("Nevers");
        assertThat(jeu.cellule().adresse().codePostal()).startsWith("58");
        assertThat(coordinatrice.role()).isEqualTo(Role.COORDINATRICE);
        assertThat(jeu.cellule().signataire()).isEqualTo(coordinatrice.nomComplet());
        assertThat(jeu.cellule().signataireDelegation()).isEqualTo("Pour le directeur et par délégation");
        assertThat(jeu.cellule().signataireFonction()).isEqualTo(coordinatrice.fonction());
    }

    @Test
    void partners_are_an_occupational_health_doctor_and_a_cap_emploi_adviser() {
        assertThat(jeu.membres()).filteredOn(m -> m.role() == Role.PARTENAIRE).extracting(Membre::organisation)
                .anyMatch(o -> o.contains("SPSTI")).anyMatch(o -> o.contains("Cap Emploi"));
        assertThat(jeu.membres()).allMatch(Membre::actif)
                .allMatch(m -> m.email().matches("[a-z0-9.\\-]+@exemple\\.fr"));
    }

    @Test
    void every_object_is_new_with_a_unique_id_that_does_not_depend_on_the_date() {
        List<Versionne> tous = tous(jeu);
        JeuDemo plusTard = DonneesDemo.generer(REFERENCE.plusMonths(5));

        assertThat(tous).allMatch(objet -> objet.version() == 0);
        assertThat(tous).extracting(Versionne::id).doesNotHaveDuplicates();
        assertThat(tous(plusTard)).extracting(Versionne::id).containsExactlyElementsOf(ids(tous));
        assertThat(jeu.assures().get(0).id())
                .isEqualTo(UUID.nameUUIDFromBytes("demo:assure:0".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void each_nir_agrees_with_the_sex_and_birth_date() {
        for (Assure assure : jeu.assures()) {
            String nir = assure.nir().valeur();
            assertThat(nir.charAt(0)).isEqualTo(assure.sexe() == Sexe.FEMININ ? '2' : '1');
            assertThat(nir.substring(1, 3))
                    .isEqualTo(String.format("%02d", assure.dateNaissance().getYear() % 100));
            assertThat(nir.substring(3, 5)).isEqualTo(String.format("%02d", assure.dateNaissance().getMonthValue()));
        }
        assertThat(jeu.assures()).extracting(Assure::sexe).contains(Sexe.values());
    }

    @Test
    void most_people_have_a_synthetic_email_and_all_live_in_the_nievre() {
        List<String> emails = jeu.assures().stream().map(Assure::email).filter(e -> !e.isEmpty()).toList();

        assertThat(emails).hasSizeGreaterThan(jeu.assures().size() * 3 / 4)
                .allMatch(e -> e.matches("[a-z0-9.\\-]+@exemple\\.fr"));
        assertThat(jeu.assures()).allMatch(a -> a.adresse().codePostal().startsWith("58"));
    }

    @Test
    void email_addresses_lose_accents_spaces_and_apostrophes() {
        assertThat(DonneesDemo.adresseEmail("Jérôme.Noël-Labbé 7")).isEqualTo("jerome.noel-labbe7@exemple.fr");
        assertThat(DonneesDemo.adresseEmail("H.Lefaucheux")).isEqualTo("h.lefaucheux@exemple.fr");
        assertThat(DonneesDemo.adresseEmail("Agnès.D'Orléans")).isEqualTo("agnes.dorleans@exemple.fr");
    }

    @Test
    void each_person_has_one_open_situation_and_closed_ones_say_how_they_ended() {
        Map<UUID, Long> ouvertesParPersonne = jeu.situations().stream().filter(Situation::estOuverte)
                .collect(Collectors.groupingBy(Situation::assureId, Collectors.counting()));

        assertThat(ouvertesParPersonne).hasSize(jeu.assures().size()).allSatisfy((id, n) -> assertThat(n).isOne());
        assertThat(jeu.situations()).filteredOn(s -> !s.estOuverte()).isNotEmpty()
                .allMatch(s -> s.issue() != null && s.dateCloture() != null);
        assertThat(jeu.situations()).extracting(Situation::numeroDossier).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("PDP-\\d{4}-\\d{4}"));
    }

    @Test
    void flags_give_a_reason_and_consent_is_mostly_given() {
        assertThat(jeu.situations()).filteredOn(s -> s.urgent().leve()).allMatch(s -> !s.urgent().motif().isBlank());
        assertThat(jeu.situations()).filteredOn(s -> s.complexe().leve())
                .allMatch(s -> !s.complexe().motif().isBlank());
        long avecConsentement = jeu.situations().stream().filter(s -> s.consentement().dateRecueil() != null).count();
        assertThat(avecConsentement).isGreaterThan(jeu.situations().size() * 3L / 4)
                .isLessThan(jeu.situations().size());
    }

    @Test
    void past_meetings_are_numbered_two_weeks_apart_with_every_member_present_or_excused() {
        List<Seance> passees = jeu.seances().stream().filter(s -> s.statut() == StatutSeance.CLOTUREE).toList();
        Set<UUID> membres = jeu.membres().stream().map(Membre::id).collect(Collectors.toSet());

        for (int i = 1; i < passees.size(); i++) {
            assertThat(ChronoUnit.DAYS.between(passees.get(i - 1).date(), passees.get(i).date())).isEqualTo(14);
            assertThat(passees.get(i).numero()).isEqualTo(passees.get(i - 1).numero() + 1);
        }
        assertThat(passees.get(passees.size() - 1).date()).isBefore(REFERENCE);
        assertThat(jeu.seances()).allSatisfy(s -> assertThat(s.presences()).extracting(Presence::membreId)
                .containsExactlyInAnyOrderElementsOf(membres));
        Seance prochaine = jeu.seances().get(jeu.seances().size() - 1);
        assertThat(prochaine.numero()).isEqualTo(passees.get(passees.size() - 1).numero() + 1);
    }

    @Test
    void decided_requests_are_decidee_adjourned_ones_wait_and_the_next_agenda_is_inscrite() {
        Map<UUID, Demande> demandes = jeu.demandes().stream().collect(Collectors.toMap(Demande::id, Function.identity()));

        for (Decision decision : jeu.decisions()) {
            StatutDemande attendu = decision.issue() == IssueDecision.AJOURNEMENT ? StatutDemande.A_ETUDIER
                    : StatutDemande.DECIDEE;
            assertThat(demandes.get(decision.demandeId()).statut()).isEqualTo(attendu);
        }
        Seance prochaine = jeu.seances().get(jeu.seances().size() - 1);
        assertThat(prochaine.statut()).isEqualTo(StatutSeance.PLANIFIEE);
        assertThat(prochaine.ordreDuJour()).flatExtracting(PointOrdreDuJour::demandeIds)
                .allMatch(id -> demandes.get(id).statut() == StatutDemande.INSCRITE);
        assertThat(jeu.decisions()).noneMatch(d -> d.seanceId().equals(prochaine.id()));
    }

    @Test
    void follow_ups_come_from_accords_and_followed_measures_on_the_same_situation() {
        Map<UUID, Decision> decisions = jeu.decisions().stream()
                .collect(Collectors.toMap(Decision::id, Function.identity()));
        Map<UUID, Demande> demandes = jeu.demandes().stream().collect(Collectors.toMap(Demande::id, Function.identity()));

        for (Suivi suivi : jeu.suivis()) {
            Decision decision = decisions.get(suivi.decisionId());
            assertThat(decision.issue()).isIn(IssueDecision.ACCORD, IssueDecision.ACCORD_SOUS_RESERVE,
                    IssueDecision.SUIVIE);
            assertThat(demandes.get(decision.demandeId()).situationId()).isEqualTo(suivi.situationId());
        }
    }

    @Test
    void a_measure_the_cell_follows_is_recorded_as_followed_with_its_dates_and_every_other_one_is_decided() {
        fr.cellulepdp.model.mesure.CatalogueMesures catalogue = fr.cellulepdp.model.mesure.CatalogueMesures.parDefaut();
        Map<UUID, Demande> demandes = jeu.demandes().stream().collect(Collectors.toMap(Demande::id, Function.identity()));

        assertThat(jeu.decisions()).filteredOn(d -> d.issue() == IssueDecision.SUIVIE).isNotEmpty()
                .allSatisfy(d -> assertThat(d.dateDebutAccordee()).isNotNull());
        for (Decision decision : jeu.decisions()) {
            boolean suivie = catalogue.regle(demandes.get(decision.demandeId()).mesure()).suiviSeulement();
            assertThat(decision.issue() == IssueDecision.SUIVIE).as(decision.id().toString()).isEqualTo(suivie);
        }
    }

    @Test
    void the_catalogue_is_the_default_one() {
        assertThat(jeu.catalogue()).containsExactlyElementsOf(CatalogueMesures.parDefaut().regles());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-05", "2026-04-06", "2026-07-14", "2027-03-01", "2028-02-29", "2030-12-24"})
    void accords_respect_the_rules_whatever_the_reference_date(LocalDate reference) {
        JeuDemo autre = DonneesDemo.generer(reference);
        VerificationMesure verification = new VerificationMesure(CatalogueMesures.parDefaut());
        Map<UUID, Demande> demandes = autre.demandes().stream()
                .collect(Collectors.toMap(Demande::id, Function.identity()));
        Map<UUID, Situation> situations = autre.situations().stream()
                .collect(Collectors.toMap(Situation::id, Function.identity()));
        Map<UUID, Assure> assures = autre.assures().stream().collect(Collectors.toMap(Assure::id, Function.identity()));

        autre.decisions().stream()
                .filter(d -> d.issue() == IssueDecision.ACCORD || d.issue() == IssueDecision.ACCORD_SOUS_RESERVE)
                .map(d -> demandes.get(d.demandeId()))
                .forEach(demande -> {
                    Situation situation = situations.get(demande.situationId());
                    List<Demande> memeSituation = autre.demandes().stream()
                            .filter(d -> d.situationId().equals(situation.id())).toList();
                    assertThat(verification.verifier(demande, situation, assures.get(situation.assureId()),
                            memeSituation)).as("règles de la demande %s", demande.mesure()).isEmpty();
                });
        assertThat(autre.seances()).filteredOn(s -> s.statut() == StatutSeance.CLOTUREE)
                .allMatch(s -> s.date().isBefore(reference)).hasSize(6);
    }

    @Test
    void every_request_has_the_agreements_the_catalogue_asks_and_no_employers_for_the_self_employed() {
        VerificationMesure verification = new VerificationMesure(CatalogueMesures.parDefaut());
        Map<UUID, Situation> situations = jeu.situations().stream()
                .collect(Collectors.toMap(Situation::id, Function.identity()));
        Map<UUID, Assure> assures = jeu.assures().stream().collect(Collectors.toMap(Assure::id, Function.identity()));

        assertThat(jeu.demandes()).filteredOn(d -> d.mesure() == fr.cellulepdp.model.mesure.TypeMesure
                .TEMPS_PARTIEL_THERAPEUTIQUE).isNotEmpty();
        for (Demande demande : jeu.demandes()) {
            Situation situation = situations.get(demande.situationId());
            Assure assure = assures.get(situation.assureId());
            assertThat(verification.verifier(demande, situation, assure, List.of()))
                    .as("accords de la demande %s", demande.mesure())
                    .noneMatch(p -> p.champ().startsWith("accords"));
            if (assure.statut() == fr.cellulepdp.model.situation.StatutAssure.TRAVAILLEUR_INDEPENDANT) {
                assertThat(demande.accordsObtenus()).doesNotContain(AccordMedical.EMPLOYEUR);
            }
        }
    }

    private static List<Versionne> tous(JeuDemo jeu) {
        List<Versionne> tous = new ArrayList<>();
        tous.add(jeu.cellule());
        Stream.of(jeu.membres(), jeu.assures(), jeu.situations(), jeu.demandes(), jeu.seances(), jeu.decisions(),
                jeu.suivis()).forEach(tous::addAll);
        return tous;
    }

    private static List<UUID> ids(List<Versionne> objets) {
        return objets.stream().map(Versionne::id).toList();
    }
}
