package fr.cellulepdp.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks the README documents run the Java programs of {@code scripts/} against the application's jar: they
 * must compile against today's code, or the README's commands fail (a change of a use case's signature broke three
 * of them once, unnoticed until the next measurement).
 */
class ScriptsDeMesureTest {

    @Test
    void the_benchmark_programs_compile_against_the_code(@TempDir Path sortie) throws IOException {
        List<String> programmes;
        try (Stream<Path> fichiers = Files.list(Path.of("..", "scripts"))) {
            programmes = fichiers.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        assertThat(programmes).isNotEmpty();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter erreurs = new StringWriter();
        List<String> options = List.of("-proc:none", "-Xlint:none", "-d", sortie.toString(),
                "-cp", System.getProperty("java.class.path"));
        boolean compile = javac.getTask(erreurs, null, null, options, null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjectsFromStrings(programmes)).call();
        assertThat(compile).as(erreurs.toString()).isTrue();
    }
}
