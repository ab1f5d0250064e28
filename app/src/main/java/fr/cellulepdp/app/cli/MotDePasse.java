package fr.cellulepdp.app.cli;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.io.Console;

/** The certificate's password: from CELLULE_PDP_MOT_DE_PASSE, or typed in the terminal without echo. */
final class MotDePasse {

    static final String VARIABLE = "CELLULE_PDP_MOT_DE_PASSE";

    /** @param principale the command line, whose environment holds the variable (tests give their own) */
    static char[] lire(CommandePrincipale principale) {
        String variable = principale.variable(VARIABLE);
        if (variable != null) {
            return variable.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new SaisieInvalideException("certificat", "mot de passe du certificat requis : définissez "
                    + VARIABLE + " ou lancez la commande dans un terminal.");
        }
        return console.readPassword("Mot de passe du certificat : ");
    }
}
