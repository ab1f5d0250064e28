package fr.cellulepdp.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.decision.DeciderEnSeance;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.seance.ConsulterSeance;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.SeanceDeDemo;
import fr.cellulepdp.model.seance.SeancesDesDecisions;
import fr.cellulepdp.model.seance.TenirSeance;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.CreerSituation;
import fr.cellulepdp.model.situation.EtatDossier;
import fr.cellulepdp.model.situation.FicheSituation;
import fr.cellulepdp.model.situation.ModifierSituation;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutSituation;
import fr.cellulepdp.model.situation.StatutAssure;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clients on the same database, as two référents' computers during a meeting: each has its own
 * {@link BaseDeDonnees} (its own connections). On the PostgreSQL run they are two clients of the server; on the H2
 * run, two openings of the same file in one JVM. Whoever saves second an object read before the other's save gets
 * the conflict, never a silent overwrite; files created at the same moment get distinct numbers.
 */
class PlusieursClientsTest {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-30T14:00:00Z"));

    @TempDir
    Path dossier;

    private BaseDeDonnees clientA;
    private BaseDeDonnees clientB;
    private final ExecutorService fils = Executors.newCachedThreadPool();

    @BeforeEach
    void ouvrir() {
        clientA = BasesDeTest.ouvrir(dossier.resolve("cellule"));
        clientB = BasesDeTest.ouvrir(dossier.resolve("cellule"));
    }

    @AfterEach
    void fermer() throws InterruptedException {
        fils.shutdownNow();
        fils.awaitTermination(10, TimeUnit.SECONDS);
        clientA.close();
        clientB.close();
    }

    private void chargerLaDemo() {
        new ChargerDonneesDemo(clientA, () -> Utilisateur.systeme()).executer(SeanceDeDemo.REFERENCE);
    }

    private Utilisateur coordinatrice(BaseDeDonnees base) {
        Membre membre = base.membres().findAll().stream().filter(m -> m.role() == Role.COORDINATRICE).findFirst()
                .orElseThrow();
        return new Utilisateur(membre.id(), "coordinatrice", Role.COORDINATRICE);
    }

    @Test
    void each_client_sees_what_the_other_saved() {
        chargerLaDemo();

        assertThat(clientB.situations().count()).isEqualTo(clientA.situations().count()).isPositive();
        Seance seance = SeanceDeDemo.seancePlanifiee(clientB);
        assertThat(clientA.seances().get(seance.id())).isEqualTo(seance);
    }

    @Test
    void two_clients_deciding_on_the_same_request_one_wins_the_other_gets_the_conflict_and_sees_the_winner() {
        chargerLaDemo();
        TenirSeance tenirA = new TenirSeance(clientA, HORLOGE, () -> coordinatrice(clientA));
        DeciderEnSeance deciderA = new DeciderEnSeance(clientA, HORLOGE, new SeancesDesDecisions(clientA), () -> coordinatrice(clientA));
        TenirSeance tenirB = new TenirSeance(clientB, HORLOGE, () -> coordinatrice(clientB));
        DeciderEnSeance deciderB = new DeciderEnSeance(clientB, HORLOGE, new SeancesDesDecisions(clientB), () -> coordinatrice(clientB));
        Seance seance = SeanceDeDemo.ouverteAuComplet(clientA, tenirA);
        UUID demande = seance.ordreDuJour().get(0).demandeIds().get(0);
        // both windows show the request without a decision
        long luParA = new ConsulterSeance(clientA, tenirA, () -> coordinatrice(clientA)).consulter(seance.id())
                .versionDecision(demande);
        long luParB = new ConsulterSeance(clientB, tenirB, () -> coordinatrice(clientB)).consulter(seance.id())
                .versionDecision(demande);
        assertThat(luParA).isZero();
        assertThat(luParB).isZero();

        Decision deA = deciderA.decider(seance.id(),
                SeanceDeDemo.saisie(demande, IssueDecision.ACCORD), luParA);

        assertThatThrownBy(() -> deciderB.decider(seance.id(),
                SeanceDeDemo.saisie(demande, IssueDecision.REFUS), luParB))
                .isInstanceOf(ConflitDeModificationException.class)
                .hasMessageContaining("modifié(e) entre-temps")
                .hasMessageContaining("rechargez");
        // B reloads: it sees A's decision, and can change it knowingly
        var rechargeParB = new ConsulterSeance(clientB, tenirB, () -> coordinatrice(clientB)).consulter(seance.id());
        assertThat(rechargeParB.decisionEnVigueur(demande)).contains(deA);
        Decision deB = deciderB.decider(seance.id(),
                SeanceDeDemo.saisie(demande, IssueDecision.REFUS), rechargeParB.versionDecision(demande));
        assertThat(deB.id()).isEqualTo(deA.id());
        assertThat(deB.version()).isEqualTo(2);
        assertThat(clientA.decisions().findBySeance(seance.id())).singleElement()
                .satisfies(d -> assertThat(d.issue()).isEqualTo(IssueDecision.REFUS));
        // A, still showing its own version 1, is refused in turn
        assertThatThrownBy(() -> deciderA.decider(seance.id(),
                SeanceDeDemo.saisie(demande, IssueDecision.AJOURNEMENT), deA.version()))
                .isInstanceOf(ConflitDeModificationException.class);
    }

    @Test
    void two_clients_deciding_at_the_same_instant_exactly_one_decision_is_stored() throws Exception {
        chargerLaDemo();
        TenirSeance tenirA = new TenirSeance(clientA, HORLOGE, () -> coordinatrice(clientA));
        DeciderEnSeance deciderA = new DeciderEnSeance(clientA, HORLOGE, new SeancesDesDecisions(clientA), () -> coordinatrice(clientA));
        TenirSeance tenirB = new TenirSeance(clientB, HORLOGE, () -> coordinatrice(clientB));
        DeciderEnSeance deciderB = new DeciderEnSeance(clientB, HORLOGE, new SeancesDesDecisions(clientB), () -> coordinatrice(clientB));
        Seance seance = SeanceDeDemo.ouverteAuComplet(clientA, tenirA);
        Utilisateur coordinatrice = coordinatrice(clientA);

        for (int point = 0; point < 3; point++) {
            UUID demande = seance.ordreDuJour().get(point).demandeIds().get(0);
            CyclicBarrier depart = new CyclicBarrier(2);
            Future<Decision> a = fils.submit(() -> {
                depart.await();
                return deciderA.decider(seance.id(), SeanceDeDemo.saisie(demande, IssueDecision.ACCORD),
                        0);
            });
            Future<Decision> b = fils.submit(() -> {
                depart.await();
                return deciderB.decider(seance.id(), SeanceDeDemo.saisie(demande, IssueDecision.REFUS),
                        0);
            });

            List<Object> issues = new ArrayList<>(List.of(resultat(a), resultat(b)));
            assertThat(issues).as("point " + point).filteredOn(Decision.class::isInstance).hasSize(1);
            assertThat(issues).filteredOn(ConflitDeModificationException.class::isInstance).hasSize(1);
            Decision gagnante = (Decision) issues.stream().filter(Decision.class::isInstance).findFirst().orElseThrow();
            assertThat(clientB.decisions().findByDemande(demande)).singleElement().isEqualTo(gagnante);
        }
    }

    @Test
    void a_save_waiting_for_the_others_uncommitted_save_of_the_same_decision_gets_the_conflict() throws Exception {
        chargerLaDemo();
        TenirSeance tenirA = new TenirSeance(clientA, HORLOGE, () -> coordinatrice(clientA));
        DeciderEnSeance deciderA = new DeciderEnSeance(clientA, HORLOGE, new SeancesDesDecisions(clientA), () -> coordinatrice(clientA));
        Seance seance = SeanceDeDemo.ouverteAuComplet(clientA, tenirA);
        UUID demande = seance.ordreDuJour().get(0).demandeIds().get(0);
        Decision lue = deciderA.decider(seance.id(),
                SeanceDeDemo.saisie(demande, IssueDecision.ACCORD), 0);
        Decision luParB = clientB.decisions().get(lue.id());
        CountDownLatch aEcrit = new CountDownLatch(1);
        CountDownLatch finirA = new CountDownLatch(1);

        // A saves inside a transaction it keeps open; B saves the same decision meanwhile (its UPDATE waits)
        Future<Decision> a = fils.submit(() -> clientA.transactions().inTransaction(() -> {
            Decision enregistree = clientA.decisions().save(avecMotifs(lue, "motifs de A"));
            aEcrit.countDown();
            attendre(finirA);
            return enregistree;
        }));
        assertThat(aEcrit.await(30, TimeUnit.SECONDS)).isTrue();
        Future<Decision> b = fils.submit(() -> clientB.decisions().save(avecMotifs(luParB, "motifs de B")));
        Thread.sleep(300);
        finirA.countDown();

        assertThat(a.get(30, TimeUnit.SECONDS).version()).isEqualTo(2);
        assertThat(resultat(b)).isInstanceOf(ConflitDeModificationException.class);
        assertThat(clientB.decisions().get(lue.id()).motifs()).isEqualTo("motifs de A");
    }

    @Test
    void two_clients_editing_the_same_situation_the_second_save_is_refused_and_nothing_is_overwritten() {
        Situation creee = new CreerSituation(clientA, HORLOGE, Utilisateur::systeme).creer(fiche(nir(0), "Essai"))
                .situation();
        Situation luParA = clientA.situations().get(creee.id());
        Assure assureLuParA = clientA.assures().get(creee.assureId());
        Situation luParB = clientB.situations().get(creee.id());
        Assure assureLuParB = clientB.assures().get(creee.assureId());
        EtatDossier suivie = new EtatDossier(StatutSituation.SUIVIE, null, null, null);

        Situation deA = new ModifierSituation(clientA, HORLOGE, Utilisateur::systeme).modifier(assureLuParA, luParA,
                fiche(nir(0), "Essai-A"), suivie);

        assertThatThrownBy(() -> new ModifierSituation(clientB, HORLOGE, Utilisateur::systeme).modifier(assureLuParB, luParB, fiche(nir(0), "Essai-B"), suivie))
                .isInstanceOf(ConflitDeModificationException.class)
                .hasMessageContaining("rechargez");
        assertThat(clientB.situations().get(creee.id())).isEqualTo(deA);
        assertThat(clientB.assures().get(creee.assureId()).nom()).isEqualTo("Essai-A");
    }

    @Test
    void files_created_at_the_same_moment_by_two_clients_get_distinct_consecutive_numbers() throws Exception {
        int parFil = 5;
        List<Callable<List<String>>> travaux = new ArrayList<>();
        CyclicBarrier depart = new CyclicBarrier(4);
        int rang = 0;
        for (BaseDeDonnees client : List.of(clientA, clientB, clientA, clientB)) {
            CreerSituation creer = new CreerSituation(client, HORLOGE, Utilisateur::systeme);
            int premier = rang;
            rang += parFil;
            travaux.add(() -> {
                depart.await();
                List<String> numeros = new ArrayList<>();
                for (int i = premier; i < premier + parFil; i++) {
                    numeros.add(creer.creer(fiche(nir(i), "Essai")).situation()
                            .numeroDossier());
                }
                return numeros;
            });
        }

        List<String> numeros = new ArrayList<>();
        for (Future<List<String>> fait : fils.invokeAll(travaux, 120, TimeUnit.SECONDS)) {
            numeros.addAll(fait.get());
        }

        List<String> attendus = new ArrayList<>();
        for (int i = 1; i <= 4 * parFil; i++) {
            attendus.add(String.format("PDP-2026-%04d", i));
        }
        assertThat(numeros).containsExactlyInAnyOrderElementsOf(attendus);
        assertThat(clientA.situations().findAll()).extracting(Situation::numeroDossier)
                .containsExactlyElementsOf(attendus);
    }

    /** A valid synthetic NIR, different for each {@code i}: a woman born in 1969, key computed. */
    private static String nir(int i) {
        String corps = String.format("2690549588%03d", 100 + i);
        long cle = 97 - Long.parseLong(corps) % 97;
        String nir = corps + String.format("%02d", cle);
        return Nir.de(nir).valeur();
    }

    private static Decision avecMotifs(Decision d, String motifs) {
        return new Decision(d.id(), d.version(), d.demandeId(), d.seanceId(), d.issue(), d.avisMedical(), motifs,
                d.conditions(), d.dateDebutAccordee(), d.dateFinAccordee(), d.montantAccorde(), d.elementsManquants(),
                d.dateLimiteElements(), d.derogation(), d.rectifieDecisionId(), d.decideeLe(), d.decideeParId(),
                d.referentMedicalUrgenceId(), d.suivisPrevus());
    }

    private static FicheSituation fiche(String nir, String nom) {
        return new FicheSituation(nir, nom, "Camille", LocalDate.of(1969, 5, 12), Sexe.FEMININ,
                StatutAssure.SALARIE, "", "", null, "Fictive", "73282932000074", "", Origine.MEDECIN_TRAVAIL, null,
                Risque.ACCIDENT_TRAVAIL, LocalDate.of(2026, 8, 1), null, null, false, "", false, "",
                LocalDate.of(2026, 11, 2), Set.of(Partenaire.CAP_EMPLOI), "", "");
    }

    private static Object resultat(Future<?> future) throws InterruptedException {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("un client attend encore après 60 s", e);
        }
    }

    private static void attendre(CountDownLatch signal) {
        try {
            if (!signal.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("signal jamais donné");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
