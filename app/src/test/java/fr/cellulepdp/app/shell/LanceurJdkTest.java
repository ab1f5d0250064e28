package fr.cellulepdp.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/cellule-pdp runs a command on the newest JDK 25 or later installed when neither JAVA_HOME nor the PATH's
 * {@code java} is one (its AOT cache starts commands faster than JDK 17's archive), and keeps the JDK it is given.
 * Fake JDKs (a release file and a {@code java} that prints its name) stand for the real ones: no JVM is started.
 */
class LanceurJdkTest {

    private static final Path LANCEUR = Path.of("..", "bin", "cellule-pdp").toAbsolutePath().normalize();

    @TempDir
    Path dossier;

    private Path jvm;

    /** JDKs 17 (the PATH's, as Debian's default), 21 and 25 installed side by side. */
    @BeforeEach
    void installer() throws IOException {
        jvm = dossier.resolve("jvm");
        jdk(jvm.resolve("openjdk-17"), 17);
        jdk(jvm.resolve("openjdk-21"), 21);
        jdk(jvm.resolve("temurin-25"), 25);
    }

    @Test
    void without_java_home_the_newest_jdk_25_or_later_is_preferred_to_the_path_s_older_one() throws Exception {
        assertThat(lancer(surLePath(jvm.resolve("openjdk-17")), jvm, null)).startsWith("temurin-25 ");

        jdk(jvm.resolve("openjdk-26"), 26);
        assertThat(lancer(surLePath(jvm.resolve("openjdk-17")), jvm, null)).startsWith("openjdk-26 ");
    }

    @Test
    void the_jdk_given_is_kept_java_home_or_a_path_s_java_25() throws Exception {
        assertThat(lancer(surLePath(jvm.resolve("openjdk-17")), jvm, jvm.resolve("openjdk-17")))
                .as("JAVA_HOME").startsWith("openjdk-17 ");
        assertThat(lancer(surLePath(jvm.resolve("temurin-25")), jvm, null))
                .as("java 25 du PATH").startsWith("temurin-25 ");
        assertThat(lancer(surLePath(jvm.resolve("openjdk-17")), dossier.resolve("aucun"), null))
                .as("aucun JDK 25 installé").startsWith("openjdk-17 ");
    }

    @Test
    void on_jdk_25_the_window_and_commands_run_with_compact_object_headers_and_on_17_without() throws Exception {
        assertThat(lancer(surLePath(jvm.resolve("temurin-25")), jvm, null, "--db", "base"))
                .as("fenêtre, JDK 25").startsWith("temurin-25 -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TieredStopAtLevel=1 -Dcellulepdp.cacheH2Mo=16 -XX:+UseCompactObjectHeaders -jar ");
        assertThat(lancer(surLePath(jvm.resolve("temurin-25")), jvm, null))
                .as("commande, JDK 25").startsWith("temurin-25 -XX:TieredStopAtLevel=1 -XX:+UseCompactObjectHeaders -jar ");
        assertThat(lancer(surLePath(jvm.resolve("openjdk-17")), jvm, jvm.resolve("openjdk-17"), "--db", "base"))
                .as("fenêtre, JDK 17").startsWith("openjdk-17 -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TieredStopAtLevel=1 -Dcellulepdp.cacheH2Mo=16 -jar ");
    }

    @Test
    void the_import_of_the_monthly_list_runs_with_both_compilers_and_the_serial_collector() throws Exception {
        Path jdk17 = jvm.resolve("openjdk-17");
        assertThat(lancer(surLePath(jdk17), jvm, jdk17, "--db", "base", "--user", "import-ij60", "import-ij60",
                "liste.csv")).as("import, après des options dont une valeur porte son nom")
                .startsWith("openjdk-17 -XX:+UseSerialGC -jar ");
        assertThat(lancer(surLePath(jvm.resolve("temurin-25")), jvm, null, "import-ij60", "--json", "liste.csv"))
                .as("import, JDK 25").startsWith("temurin-25 -XX:+UseSerialGC -XX:+UseCompactObjectHeaders -jar ");
        assertThat(lancer(surLePath(jdk17), jvm, jdk17, "--db", "base", "render", "modele.json"))
                .as("une autre commande").startsWith("openjdk-17 -XX:TieredStopAtLevel=1 -jar ");
    }

    private static void jdk(Path dossier, int version) throws IOException {
        Files.createDirectories(dossier.resolve("bin"));
        Files.writeString(dossier.resolve("release"), "IMPLEMENTOR=\"Essai\"\nJAVA_VERSION=\"" + version + ".0.1\"\n");
        Path java = dossier.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho \"" + dossier.getFileName() + " $*\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** A folder for the PATH whose {@code java} is a link to this JDK's, as Debian's alternatives make it. */
    private Path surLePath(Path jdk) throws IOException {
        Path bin = Files.createTempDirectory(dossier, "path");
        Files.createSymbolicLink(bin.resolve("java"), jdk.resolve("bin/java"));
        return bin;
    }

    private String lancer(Path chemin, Path jvm, Path javaHome) throws Exception {
        return lancer(chemin, jvm, javaHome, "version");
    }

    /** The launcher's output (the fake java's name and arguments) for these arguments. */
    private String lancer(Path chemin, Path jvm, Path javaHome, String... arguments) throws Exception {
        Path jar = dossier.resolve("cellule-pdp.jar");
        Files.write(jar, new byte[0]);
        List<String> commande = new ArrayList<>(List.of("sh", LANCEUR.toString()));
        commande.addAll(List.of(arguments));
        ProcessBuilder processus = new ProcessBuilder(commande).redirectErrorStream(true);
        Map<String, String> env = processus.environment();
        env.remove("JAVA_HOME");
        if (javaHome != null) {
            env.put("JAVA_HOME", javaHome.toString());
        }
        env.put("PATH", chemin + ":/usr/bin:/bin");
        env.put("CELLULE_PDP_JVM", jvm.toString());
        env.put("CELLULE_PDP_JAR", jar.toString());
        env.put("CELLULE_PDP_CDS", "non");
        Process p = processus.start();
        String sortie = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(sortie).isZero();
        return sortie;
    }
}
