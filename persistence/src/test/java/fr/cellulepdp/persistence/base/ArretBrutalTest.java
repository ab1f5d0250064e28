package fr.cellulepdp.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Role;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What was saved survives the application being killed without closing the database. H2 only (tag h2): it is
 * about H2's own file writes; a PostgreSQL server keeps what it committed whatever happens to the client.
 */
@Tag("h2")
class ArretBrutalTest {

    @TempDir
    Path dossier;

    /** Run in a child JVM: saves, then halts at once (no close, no shutdown hook). */
    public static void main(String[] arguments) {
        BaseDeDonnees base = BaseDeDonnees.ouvrir(Path.of(arguments[0]));
        base.cellules().save(Exemples.cellule());
        base.transactions().runInTransaction(() -> {
            base.membres().save(Exemples.membre(Exemples.COORDINATRICE, Role.COORDINATRICE));
            base.membres().save(Exemples.membre(Exemples.REFERENTE, Role.REFERENT_SOCIAL));
        });
        Runtime.getRuntime().halt(9);
    }

    @Test
    void every_h2_url_gets_immediate_writes_unless_it_sets_them_itself() {
        assertThat(OuvertureH2.durable("jdbc:h2:file:/d/cellule"))
                .isEqualTo("jdbc:h2:file:/d/cellule;WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
        assertThat(OuvertureH2.durable("jdbc:h2:file:/d/c;write_delay=100"))
                .isEqualTo("jdbc:h2:file:/d/c;write_delay=100;TRACE_LEVEL_FILE=0");
    }

    @Test
    void committed_data_survives_a_killed_process() throws Exception {
        Path fichier = dossier.resolve("cellule");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process processus = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                ArretBrutalTest.class.getName(), fichier.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();

        assertThat(processus.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(processus.exitValue()).isEqualTo(9);

        try (BaseDeDonnees base = BaseDeDonnees.ouvrir(fichier)) {
            assertThat(base.cellules().get(Exemples.CELLULE)).isNotNull();
            assertThat(base.membres().count()).isEqualTo(2);
        }
    }
}
