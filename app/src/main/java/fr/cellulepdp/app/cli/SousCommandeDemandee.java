package fr.cellulepdp.app.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * Which subcommands a command line needs built: the one it names, none for the window, all of them for the
 * program's help or a name that is none of theirs (picocli then lists them, or suggests the nearest).
 */
final class SousCommandeDemandee {

    /** The program's options that take a value (the next argument is that value, not a subcommand). */
    private static final Set<String> OPTIONS_A_VALEUR = Set.of("--db", "--db-user", "--user");
    private static final Set<String> AIDE = Set.of("-h", "--help");

    private SousCommandeDemandee() {
    }

    static List<Class<?>> parmi(List<Class<?>> toutes, String... arguments) {
        Optional<String> nom = Optional.empty();
        for (int i = 0; i < arguments.length && nom.isEmpty(); i++) {
            if (AIDE.contains(arguments[i])) {
                return toutes;
            }
            if (OPTIONS_A_VALEUR.contains(arguments[i])) {
                i++;
            } else if (!arguments[i].startsWith("-")) {
                nom = Optional.of(arguments[i]);
            }
        }
        if (nom.isEmpty()) {
            return List.of();
        }
        String demande = nom.get();
        List<Class<?>> nommee = toutes.stream().filter(classe -> nomme(classe, demande)).toList();
        return nommee.isEmpty() ? toutes : nommee;
    }

    private static boolean nomme(Class<?> classe, String nom) {
        Command commande = classe.getAnnotation(Command.class);
        return commande.name().equals(nom) || List.of(commande.aliases()).contains(nom);
    }
}
