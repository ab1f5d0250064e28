package fr.cellulepdp.app;

import fr.cellulepdp.app.wiring.CommandesCablees;
import fr.cellulepdp.app.wiring.SessionsFenetreCablees;
import fr.cellulepdp.app.support.ErreursInattendues;

/**
 * Entry point of the jar. It does not extend {@code javafx.application.Application}, so the JavaFX runtime
 * can be loaded from the class path of a single runnable jar.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // the window puts its own dialog in place once it shows
        ErreursInattendues.installer(System.err::println);
        int code = CommandesCablees.pour(args, SessionsFenetreCablees::lancer).execute(args);
        System.exit(code);
    }
}
