package fr.cellulepdp.app.cli;

import java.io.Console;

/**
 * The password of a database server: from its environment variable, or typed in the terminal without echo when a
 * user is named and there is a terminal; otherwise none (a server that requires one then says so).
 */
final class MotDePasseBase {

    static String lire(String variable, String utilisateur) {
        String valeur = System.getenv(variable);
        if (valeur != null) {
            return valeur;
        }
        Console console = System.console();
        if (utilisateur == null || utilisateur.isBlank() || console == null) {
            return null;
        }
        char[] saisi = console.readPassword("Mot de passe de « %s » sur le serveur de base de données : ", utilisateur);
        return saisi == null ? null : new String(saisi);
    }
}
