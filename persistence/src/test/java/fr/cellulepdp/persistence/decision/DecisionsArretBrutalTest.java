package fr.cellulepdp.persistence.decision;

import fr.cellulepdp.persistence.base.BaseDeDonnees;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.decision.DeciderEnSeance;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.seance.PointOrdreDuJour;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.SeanceDeDemo;
import fr.cellulepdp.model.seance.SeancesDesDecisions;
import fr.cellulepdp.model.seance.TenirSeance;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A meeting held in another JVM, killed with SIGKILL while decisions are being entered: every decision it reported
 * as entered is in the database when it is reopened. H2 only (tag h2): it checks H2's file writes (WRITE_DELAY).
 */
@Tag("h2")
public class DecisionsArretBrutalTest {

    private static final int DECISIONS_AVANT_ARRET = 5;

    @TempDir
    Path dossier;

    /** Run in a child JVM: enters decisions one by one, printing each id once committed, then waits to be killed. */
    public static void main(String[] arguments) throws InterruptedException {
        BaseDeDonnees base = BaseDeDonnees.ouvrir(Path.of(arguments[0]));
        new ChargerDonneesDemo(base, () -> Utilisateur.systeme()).executer(SeanceDeDemo.REFERENCE);
        Horloge horloge = Horloge.fixe(Instant.parse("2026-11-30T14:00:00Z"));
        Utilisateur coordinatrice = new Utilisateur(base.membres().findAll().stream()
                .filter(m -> m.role() == Role.COORDINATRICE).findFirst().orElseThrow().id(), "c", Role.COORDINATRICE);
        TenirSeance tenir = new TenirSeance(base, horloge, () -> coordinatrice);
        DeciderEnSeance decider = new DeciderEnSeance(base, horloge, new SeancesDesDecisions(base), () -> coordinatrice);
        Seance seance = SeanceDeDemo.ouverteAuComplet(base, tenir);
        List<IssueDecision> issues = List.of(IssueDecision.values());
        int rang = 0;
        for (PointOrdreDuJour point : seance.ordreDuJour()) {
            for (UUID demande : point.demandeIds()) {
                Decision decision = decider.decider(seance.id(),
                        SeanceDeDemo.saisie(demande, issues.get(rang++ % issues.size())));
                System.out.println("decision " + decision.id());
                System.out.flush();
            }
        }
        Thread.sleep(60_000);
    }

    @Test
    void every_decision_entered_survives_kill_9() throws Exception {
        Path fichier = dossier.resolve("cellule");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process processus = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                DecisionsArretBrutalTest.class.getName(), fichier.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<UUID> saisies = new ArrayList<>();
        try (BufferedReader sortie = new BufferedReader(new InputStreamReader(processus.getInputStream(),
                StandardCharsets.UTF_8))) {
            String ligne;
            while (saisies.size() < DECISIONS_AVANT_ARRET && (ligne = sortie.readLine()) != null) {
                if (ligne.startsWith("decision ")) {
                    saisies.add(UUID.fromString(ligne.substring("decision ".length())));
                }
            }
            // SIGKILL on Unix: no shutdown hook, no database close
            processus.destroyForcibly();
            assertThat(processus.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(saisies).hasSize(DECISIONS_AVANT_ARRET);
        try (BaseDeDonnees base = BaseDeDonnees.ouvrir(fichier)) {
            assertThat(saisies).allSatisfy(id -> assertThat(base.decisions().find(id)).isPresent());
        }
    }
}
