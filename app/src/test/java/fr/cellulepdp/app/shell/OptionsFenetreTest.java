package fr.cellulepdp.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The window's JVM options live in two places, the installers' launcher (app/pom.xml, passed to jpackage) and the
 * development launcher (bin/cellule-pdp): both must bound the heap, with the same options (README, "The window's
 * memory"), while the console launcher keeps its own so that commands are not held to the window's bound.
 */
class OptionsFenetreTest {

    private static final Path POM = Path.of("pom.xml");
    private static final Path LANCEUR = Path.of("..", "bin", "cellule-pdp");
    private static final Path ARCHIVE_IMAGE = Path.of("..", "scripts", "cache-aot-image.sh");
    private static final Path CONSOLE = Path.of("src", "main", "jpackage", "cellule-pdp-cli.properties");

    @Test
    void the_installed_window_and_the_launcher_s_window_run_with_the_same_bounded_heap() throws IOException {
        String pom = Files.readString(POM);
        String options = premier(Pattern.compile("<fenetre\\.options\\.java>([^<]+)</fenetre\\.options\\.java>"), pom);

        assertThat(options).as("options de la fenêtre (app/pom.xml)").matches(".*-Xmx\\d+m.*");
        // H2's page cache at 16 MB rather than an eighth of the heap: 30 MB less resident over a working session
        assertThat(options).as("cache de pages H2 de la fenêtre").contains("-Dcellulepdp.cacheH2Mo=16");
        // G1 gives back at each marking's remark the heap a burst made it take: at G1's default ratio (70 %) the
        // window kept 256 MB of heap committed once a burst had grown it there
        assertThat(options).as("G1 rend la mémoire").contains("-XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30");
        assertThat(pom).as("jpackage reçoit les options de la fenêtre")
                .contains("<argument>--java-options</argument><argument>${fenetre.options.java}</argument>");
        assertThat(premier(Pattern.compile("\\n    options_jvm=\"([^\"]+)\""), Files.readString(LANCEUR)))
                .as("options de la fenêtre dans bin/cellule-pdp").isEqualTo(options);
    }

    @Test
    void on_jdk_25_the_installed_image_and_the_launcher_add_the_same_options() throws IOException {
        String lanceur = premier(Pattern.compile("\\noptions_jdk25=\"([^\"]+)\""), Files.readString(LANCEUR));
        String image = premier(Pattern.compile("\\n    options25='([^']+)'"), Files.readString(ARCHIVE_IMAGE));

        assertThat(lanceur).contains("-XX:+UseCompactObjectHeaders");
        assertThat(image).as("options du runtime JDK 25 de l'image (scripts/cache-aot-image.sh)").contains(lanceur);
    }

    @Test
    void the_console_launcher_sets_its_own_options_rather_than_inheriting_the_window_s_bound() throws IOException {
        String console = Files.readString(CONSOLE);

        assertThat(premier(Pattern.compile("(?m)^java-options=(.+)$"), console)).doesNotContain("-Xmx");
    }

    private static String premier(Pattern motif, String texte) {
        Matcher trouve = motif.matcher(texte);
        assertThat(trouve.find()).as("motif %s", motif).isTrue();
        return trouve.group(1).trim();
    }
}
