package fr.cellulepdp.app.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child JVM on the tests' class path, for the tests that need a process of their own (killed with SIGKILL at a
 * step, or given its own temporary folder and home). It runs on the C1 compiler only and the serial collector, as
 * the window does ({@code -XX:TieredStopAtLevel=1}): a child lives a few seconds, too short for C2 to pay back its
 * compilations, and on the 2-core machine the compiler and GC threads competed with the test JVM (about 40 % less
 * CPU per child, decision 0059's amendment).
 */
public final class JvmEnfant {

    private JvmEnfant() {
    }

    /** {@code java [C1, serial GC] [proprietes] -cp <the tests' class path> principale arguments}. */
    public static ProcessBuilder commande(List<String> proprietes, Class<?> principale, List<String> arguments) {
        List<String> commande = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        commande.addAll(proprietes);
        commande.addAll(List.of("-cp", System.getProperty("java.class.path"), principale.getName()));
        commande.addAll(arguments);
        return new ProcessBuilder(commande);
    }
}
