package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.support.MessagesErreur;

/** The window could not open; the subcommands still work without a display. */
public final class FenetreIndisponibleException extends RuntimeException
        implements MessagesErreur.MessagePourUtilisateur {

    FenetreIndisponibleException(RuntimeException cause) {
        super("la fenêtre ne peut pas s'ouvrir : aucun affichage graphique utilisable (" + cause.getMessage()
                + "). Les sous-commandes, par exemple « demo », restent utilisables.", cause);
    }
}
