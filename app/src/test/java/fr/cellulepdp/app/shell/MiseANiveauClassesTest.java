package fr.cellulepdp.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The build rewrites picocli's classes, compiled for Java 5, as Java 8 class files (scripts/MiseANiveauClasses.java)
 * so that JDK 25's AOT cache can keep them linked: the same classes, each one verified by the JVM's type-checking
 * verifier, which accepts no class file of version 50 or later without stack maps.
 */
class MiseANiveauClassesTest {

    private static final Path SCRIPT = Path.of("..", "scripts", "MiseANiveauClasses.java").toAbsolutePath()
            .normalize();

    @TempDir
    Path dossier;

    @Test
    void picocli_s_java_5_classes_become_java_8_classes_that_the_jvm_verifies() throws Exception {
        Path jar = dossier.resolve("picocli.jar");
        Files.copy(Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI()), jar);
        Map<String, Integer> avant = versions(jar);
        assertThat(avant.values()).as("picocli est compilé pour Java 5").contains(49);

        String sortie = executer(jar);

        Map<String, Integer> apres = versions(jar);
        assertThat(apres.keySet()).isEqualTo(avant.keySet());
        assertThat(apres.values()).allMatch(version -> version >= 50);
        assertThat(sortie).contains(avant.values().stream().filter(v -> v < 50).count() + " classes");
        try (URLClassLoader classes = new URLClassLoader(new URL[]{jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (String nom : apres.keySet()) {
                // initialised, hence linked and verified, in a loader of their own (not the test's picocli); a class
                // that needs what is not there may fail otherwise, never in verification
                try {
                    assertThat(Class.forName(nom, true, classes).getClassLoader()).isSameAs(classes);
                } catch (LinkageError e) {
                    assertThat(e).as(nom).isNotInstanceOfAny(VerifyError.class, ClassFormatError.class);
                }
            }
            Class<?> ligne = Class.forName("picocli.CommandLine", true, classes);
            assertThat(ligne.getClassLoader()).isSameAs(classes);
        }
    }

    private String executer(Path jar) throws IOException, InterruptedException {
        Path asm = Path.of(org.objectweb.asm.ClassReader.class.getProtectionDomain().getCodeSource().getLocation()
                .getPath());
        List<String> commande = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", asm.toString(), SCRIPT.toString(), jar.toString()));
        Process processus = new ProcessBuilder(commande).redirectErrorStream(true).start();
        String sortie = new String(processus.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(processus.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(processus.exitValue()).as(sortie).isZero();
        return sortie;
    }

    /** Each class of the jar (by its binary name) and its class file's major version. */
    private static Map<String, Integer> versions(Path jar) throws IOException {
        Map<String, Integer> versions = new HashMap<>();
        try (ZipInputStream entree = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry element; (element = entree.getNextEntry()) != null; ) {
                String nom = element.getName();
                if (nom.endsWith(".class") && !nom.startsWith("META-INF/")) {
                    byte[] classe = entree.readAllBytes();
                    versions.put(nom.substring(0, nom.length() - ".class".length()).replace('/', '.'),
                            ((classe[6] & 0xff) << 8) | (classe[7] & 0xff));
                }
            }
        }
        return versions;
    }
}
