package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.wiring.FenetrePrincipaleCablee;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.ui.DialoguesScriptes;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.PostgresqlDeTest;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.decision.AvisMedical;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.SaisieDecision;
import fr.cellulepdp.model.seance.EtatPresence;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.StatutSeance;
import fr.cellulepdp.persistence.base.AccesBase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two référents' computers during a meeting, at the level of the meeting window's model: each has its own
 * {@link Services} on the same database (an H2 file opened twice in this JVM; and a PostgreSQL server when
 * PDP_TEST_POSTGRES_URL names one). What one enters shows in the other's meeting within two seconds; entering a
 * decision over one the window did not show yet is refused with the conflict, and the window then shows the other's.
 */
class SuiviAutresPostesTest {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-30T14:00:00Z"));

    @TempDir
    Path dossier;

    private final List<Services> ouverts = new ArrayList<>();
    private final List<ModeleSeance> modeles = new ArrayList<>();

    static Stream<String> bases() {
        String url = System.getenv(PostgresqlDeTest.VARIABLE_URL);
        return url == null || url.isBlank() ? Stream.of("h2") : Stream.of("h2", "postgresql");
    }

    @AfterEach
    void fermer() {
        modeles.forEach(ModeleSeance::arreterSuivi);
        ouverts.forEach(Services::close);
    }

    private AccesBase acces(String moteur) {
        return moteur.equals("h2") ? AccesBase.fichier(dossier.resolve("cellule"))
                : AccesBase.depuis(PostgresqlDeTest.nouvelleBase(), null, null);
    }

    private Services ouvrir(AccesBase acces) {
        Services services = Services.ouvrir(acces, HORLOGE);
        ouverts.add(services);
        return services;
    }

    private ModeleSeance modele(Services services, DialoguesScriptes dialogues, UUID seanceId) {
        ModeleSeance modele = new ModeleSeance(
                new FenetrePrincipaleCablee(services).seance(), ExecuteurTaches.synchrone(),
                dialogues, seanceId, () -> { });
        modeles.add(modele);
        return modele;
    }

    /** The demo cell with its planned meeting opened, every member present. */
    private static Seance seanceOuverte(Services services) {
        services.miseEnPlace().chargerDonneesDemo().executer(LocalDate.of(2026, 11, 23));
        Seance seance = services.stockage().seances().findAll().stream()
                .filter(s -> s.statut() == StatutSeance.PLANIFIEE).findFirst().orElseThrow();
        services.seances().tenirSeance().ouvrir(seance.id(), true);
        return services.seances().tenirSeance().enregistrerPresences(seance.id(), seance.presences()
                .stream().map(p -> new Presence(p.membreId(), EtatPresence.PRESENT)).toList(), List.of());
    }

    private static SaisieDecision accord(UUID demandeId) {
        return new SaisieDecision(demandeId, IssueDecision.ACCORD, AvisMedical.FAVORABLE, "", "", null, null, null, "",
                null, "dérogation accordée", List.of());
    }

    private static UUID demande(Seance seance, int point) {
        return seance.ordreDuJour().get(point).demandeIds().get(0);
    }

    @ParameterizedTest
    @MethodSource("bases")
    void a_decision_entered_on_one_computer_shows_on_the_other_after_one_poll(String moteur) {
        AccesBase acces = acces(moteur);
        Services posteA = ouvrir(acces);
        Services posteB = ouvrir(acces);
        Seance seance = seanceOuverte(posteA);
        ModeleSeance vueB = modele(posteB, new DialoguesScriptes(), seance.id());
        vueB.recharger();
        assertThat(vueB.verifierChangements(Runnable::run)).as("rien de nouveau").isFalse();
        assertThat(vueB.dossier().decisionEnVigueur(demande(seance, 0))).isEmpty();

        posteA.seances().deciderEnSeance().decider(seance.id(), accord(demande(seance, 0)), 0);

        assertThat(vueB.verifierChangements(Runnable::run)).isTrue();
        assertThat(vueB.dossier().decisionEnVigueur(demande(seance, 0)))
                .hasValueSatisfying(d -> assertThat(d.issue()).isEqualTo(IssueDecision.ACCORD));
        assertThat(vueB.verifierChangements(Runnable::run)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("bases")
    void the_meeting_window_polling_every_second_shows_the_others_decision_within_two_seconds(String moteur)
            throws InterruptedException {
        AccesBase acces = acces(moteur);
        Services posteA = ouvrir(acces);
        Services posteB = ouvrir(acces);
        Seance seance = seanceOuverte(posteA);
        ModeleSeance vueB = modele(posteB, new DialoguesScriptes(), seance.id());
        vueB.recharger();
        CountDownLatch vue = new CountDownLatch(1);
        vueB.dossierProperty().addListener((o, avant, lu) -> {
            if (lu.decisionEnVigueur(demande(seance, 1)).isPresent()) {
                vue.countDown();
            }
        });
        vueB.suivreLesAutresPostes(Duration.ofSeconds(1), Runnable::run);

        long debut = System.nanoTime();
        posteA.seances().deciderEnSeance().decider(seance.id(), accord(demande(seance, 1)), 0);

        assertThat(vue.await(2, TimeUnit.SECONDS)).as("décision de l'autre poste affichée en moins de 2 s").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - debut)).isLessThan(Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @MethodSource("bases")
    void deciding_over_a_decision_not_shown_yet_is_refused_and_the_window_then_shows_the_saved_one(String moteur) {
        AccesBase acces = acces(moteur);
        Services posteA = ouvrir(acces);
        Services posteB = ouvrir(acces);
        Seance seance = seanceOuverte(posteA);
        DialoguesScriptes dialoguesB = new DialoguesScriptes();
        ModeleSeance vueB = modele(posteB, dialoguesB, seance.id());
        vueB.recharger();
        UUID demande = demande(seance, 2);
        long versionVueParB = vueB.dossier().versionDecision(demande);

        posteA.seances().deciderEnSeance().decider(seance.id(), accord(demande), 0);
        vueB.agir(() -> posteB.seances().deciderEnSeance().decider(seance.id(),
                new SaisieDecision(demande, IssueDecision.REFUS, AvisMedical.DEFAVORABLE,
                        "Avis défavorable du service médical.", "", null, null, null, "", null, "", List.of()),
                versionVueParB), d -> { });

        assertThat(dialoguesB.erreurs).singleElement().asString().contains("modifié(e) entre-temps", "rechargez");
        assertThat(vueB.dossier().decisionEnVigueur(demande))
                .hasValueSatisfying(d -> assertThat(d.issue()).isEqualTo(IssueDecision.ACCORD));
        assertThat(posteA.stockage().decisions().findByDemande(demande)).singleElement()
                .satisfies(d -> assertThat(d.issue()).isEqualTo(IssueDecision.ACCORD));
    }
}
