package fr.cellulepdp.persistence.base;

import fr.cellulepdp.persistence.depot.PointDArret;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A restore is one step: killed at any moment (SIGKILL of a child JVM), the next opening finds either the former base
 * with its key ring or the restored one with its own, never a base without the key ring that opens it; every former
 * base is kept aside, numbered. H2 only (tag h2): it is about the embedded file.
 */
@Tag("h2")
class RestaurationBaseTest {

    private static final Instant MAINTENANT = Instant.parse("2026-12-03T09:00:00Z");
    private static final String ANCIEN = "ancien.compte";
    private static final char[] ANCIEN_MDP = "Ancien-Compte-2026!".toCharArray();
    private static final String RESTAURE = "restaure.compte";
    private static final char[] RESTAURE_MDP = "Compte-Restaure-2026!".toCharArray();

    @TempDir
    Path dossier;

    private Path base;
    private Path zip;
    private Path trousseau;

    /** Run in a child JVM: restores, pausing (then killed) at the step the test names. */
    public static void main(String[] arguments) throws Exception {
        RestaurationBase.restaurer(Path.of(arguments[0]), Files.readAllBytes(Path.of(arguments[1])),
                Optional.of(Files.readAllBytes(Path.of(arguments[2]))));
    }

    @BeforeEach
    void deuxBases() throws Exception {
        base = dossier.resolve("cellule");
        // the base in use: one member, opened by the former account
        try (BaseDeDonnees ouverte = AccesBase.fichier(base).ouvrir()) {
            ouverte.membres().save(Exemples.membre(Exemples.COORDINATRICE, Role.COORDINATRICE));
            ouverte.accesChiffre().accorder(ANCIEN, ANCIEN_MDP);
        }
        // the backup: another base with two members and its own key ring
        Path source = dossier.resolve("source/cellule");
        Files.createDirectories(source.getParent());
        zip = dossier.resolve("sauvegarde.zip");
        try (BaseDeDonnees autre = AccesBase.fichier(source).ouvrir()) {
            autre.membres().save(Exemples.membre(Exemples.COORDINATRICE, Role.COORDINATRICE));
            autre.membres().save(Exemples.membre(Exemples.REFERENTE, Role.REFERENT_SOCIAL));
            autre.accesChiffre().accorder(RESTAURE, RESTAURE_MDP);
            autre.copierVers(zip);
        }
        trousseau = dossier.resolve("sauvegarde.cles");
        Files.write(trousseau, AccesBase.fichier(source).trousseauPourSauvegarde().orElseThrow());
    }

    @Test
    void each_restore_opens_with_the_restored_key_ring_and_keeps_every_former_base_numbered() throws Exception {
        assertThat(RestaurationBase.restaurer(base, Files.readAllBytes(zip),
                Optional.of(Files.readAllBytes(trousseau)))).isEqualTo(1);
        assertThat(RestaurationBase.restaurer(base, Files.readAllBytes(zip),
                Optional.of(Files.readAllBytes(trousseau)))).isEqualTo(2);

        assertThat(membres(base, RESTAURE, RESTAURE_MDP)).isEqualTo(2);
        for (String suffixe : new String[] {".mv.db.avant-restauration-1", ".cles.avant-restauration-1",
                ".mv.db.avant-restauration-2", ".cles.avant-restauration-2"}) {
            assertThat(Path.of(base + suffixe)).exists();
        }
        // the first copy is the former base, which its own key ring still opens
        Path ancienne = dossier.resolve("ancienne/cellule");
        Files.createDirectories(ancienne.getParent());
        Files.copy(Path.of(base + ".mv.db.avant-restauration-1"), Path.of(ancienne + ".mv.db"));
        Files.copy(Path.of(base + ".cles.avant-restauration-1"), Path.of(ancienne + ".cles"));
        assertThat(membres(ancienne, ANCIEN, ANCIEN_MDP)).isEqualTo(1);
        assertThat(Path.of(base + ".restauration")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"preparee", "prete", "base"})
    void a_restore_killed_at_any_step_leaves_the_former_base_or_the_restored_one_each_with_its_key_ring(String etape)
            throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path signal = dossier.resolve("signal-" + etape);
        Process processus = new ProcessBuilder(java.toString(), "-D" + PointDArret.PROPRIETE + "=restauration-" + etape,
                "-D" + PointDArret.SIGNAL + "=" + signal, "-cp", System.getProperty("java.class.path"),
                RestaurationBaseTest.class.getName(), base.toString(), zip.toString(), trousseau.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(PointDArret.attendre(signal, processus)).as("the child reached the step").isTrue();
        processus.destroyForcibly();
        assertThat(processus.waitFor(30, TimeUnit.SECONDS)).isTrue();

        if (etape.equals("preparee")) {
            // staging incomplete: thrown away, the former base as it was
            assertThat(membres(base, ANCIEN, ANCIEN_MDP)).isEqualTo(1);
            assertThat(Path.of(base + ".mv.db.avant-restauration-1")).doesNotExist();
        } else {
            // staging complete: the switch is finished on opening
            assertThat(membres(base, RESTAURE, RESTAURE_MDP)).isEqualTo(2);
            assertThat(Path.of(base + ".mv.db.avant-restauration-1")).exists();
            assertThat(Path.of(base + ".cles.avant-restauration-1")).exists();
        }
        assertThat(Path.of(base + ".restauration")).doesNotExist();
    }

    private static long membres(Path fichier, String compte, char[] motDePasse) {
        try (BaseDeDonnees ouverte = AccesBase.fichier(fichier).ouvrir(compte, motDePasse, MAINTENANT)) {
            return ouverte.membres().count();
        }
    }
}
