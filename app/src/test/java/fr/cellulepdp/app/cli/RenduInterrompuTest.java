package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.wiring.CommandesCablees;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.compte.ComptesDemo;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Empreintes;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.persistence.depot.PointDArret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The pack of a meeting is recorded only once its files are on disk and checked: `render` killed (SIGKILL) right
 * after writing the files leaves no letter recorded; run again, every letter recorded has its file, with the
 * recorded SHA-256, in the one documents folder the window uses too (the data folder's documents/).
 */
class RenduInterrompuTest {

    @TempDir
    Path dossier;

    @Test
    void a_render_killed_after_writing_records_nothing_and_every_letter_recorded_has_its_file() throws Exception {
        Path base = dossier.resolve("cellule");
        // the demo and the second run in this process: only the killed one needs a process of its own
        assertThat(executer(new java.io.StringWriter(), "--db", base.toString(), "demo")).isZero();

        Path signal = dossier.resolve("signal");
        Process interrompu = lancer(signal, "--db", base.toString(), "--user", "helene.martinel", "render", "--seance",
                "last");
        assertThat(PointDArret.attendre(signal, interrompu)).as("render reached the step").isTrue();
        interrompu.destroyForcibly();
        assertThat(interrompu.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Path courriers = dossier.resolve("documents/seance-025/courriers");
        assertThat(courriers).isDirectory();
        assertThat(notifications(base)).as("nothing recorded before the kill").isEmpty();
        assertThat(journal(base)).doesNotContain("DOCUMENTS_GENERES");

        java.io.StringWriter texte = new java.io.StringWriter();
        assertThat(executer(texte, "--db", base.toString(), "--user", "helene.martinel", "render", "--seance", "last"))
                .as(texte.toString()).isZero();
        assertThat(texte.toString()).contains(dossier.resolve("documents/seance-025").toString());

        Set<String> empreintes;
        try (Stream<Path> fichiers = Files.list(courriers)) {
            empreintes = fichiers.map(f -> {
                try {
                    return Empreintes.sha256(Files.readAllBytes(f));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toSet());
        }
        List<Notification> enregistrees = notifications(base);
        assertThat(enregistrees).isNotEmpty();
        assertThat(enregistrees).allSatisfy(n -> assertThat(empreintes).as("the file of a recorded letter")
                .contains(n.sha256()));
        try (Stream<Path> restes = Files.walk(dossier.resolve("documents"))) {
            assertThat(restes.filter(f -> f.toString().endsWith(".partiel"))).as("no half-written file").isEmpty();
        }
    }

    private static List<Notification> notifications(Path base) {
        try (Services services = fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(base, Horloge.systeme())) {
            return services.stockage().notifications().findAll();
        }
    }

    private static List<String> journal(Path base) {
        try (Services services = fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(base, Horloge.systeme())) {
            return services.stockage().journalAudit().findAll().stream().map(e -> e.action()).toList();
        }
    }

    /** Runs the command in this process, with the passwords of {@link #lancer}; its outputs go to {@code texte}. */
    private static int executer(java.io.StringWriter texte, String... arguments) {
        CommandLine ligne = CommandesCablees.creer(base -> { }, Map.of(MotDePasse.VARIABLE, "demo", "PDP_PASSWORD",
                ComptesDemo.MOT_DE_PASSE)::get);
        ligne.setOut(new java.io.PrintWriter(texte, true));
        ligne.setErr(new java.io.PrintWriter(texte, true));
        return ligne.execute(arguments);
    }

    /** A child JVM that signals when it reaches the step "documents-deposes" at {@code signal}, and waits there. */
    private Process lancer(Path signal, String... arguments) throws java.io.IOException {
        ProcessBuilder constructeur = fr.cellulepdp.app.support.JvmEnfant.commande(
                List.of("-D" + PointDArret.PROPRIETE + "=documents-deposes", "-D" + PointDArret.SIGNAL + "=" + signal),
                fr.cellulepdp.app.Launcher.class, List.of(arguments)).redirectErrorStream(true);
        constructeur.environment().put(MotDePasse.VARIABLE, "demo");
        constructeur.environment().put("PDP_PASSWORD", ComptesDemo.MOT_DE_PASSE);
        return constructeur.start();
    }
}
