package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.wiring.CommandesCablees;
import fr.cellulepdp.app.shell.ApplicationPdp;
import fr.cellulepdp.app.support.ErreursInattendues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A child JVM for the tests that need a process of their own (its temporary folder, its home) but not one per
 * command: runs, as {@link fr.cellulepdp.app.Launcher} does, each command line given, separated by
 * {@value #PUIS}, and stops at the first that fails, with its exit code.
 */
public final class CommandesEnSuite {

    public static final String PUIS = ";;";

    private CommandesEnSuite() {
    }

    public static void main(String[] arguments) {
        ErreursInattendues.installer(System.err::println);
        List<String> ligne = new ArrayList<>();
        for (String argument : Arrays.copyOf(arguments, arguments.length + 1)) {
            if (argument != null && !argument.equals(PUIS)) {
                ligne.add(argument);
                continue;
            }
            int code = CommandesCablees.creer(fr.cellulepdp.app.wiring.SessionsFenetreCablees::lancer).execute(ligne.toArray(String[]::new));
            System.out.flush();
            if (code != 0) {
                System.exit(code);
            }
            ligne.clear();
        }
        System.exit(0);
    }
}
