package fr.cellulepdp.app.wiring;

import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.commun.ObjetIntrouvableException;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.persistence.BaseIndisponibleException;

/** What a user is told when something fails, in the window and on the command line alike. */
public final class MessagesErreur {

    /** An exception of the app whose message is written for the user. */
    public interface MessagePourUtilisateur {
    }

    private MessagesErreur() {
    }

    /** Expected failures carry a French message of their own; anything else is named without details. */
    public static String pourUtilisateur(Exception exception) {
        if (exception instanceof SaisieInvalideException || exception instanceof BaseIndisponibleException
                || exception instanceof ConflitDeModificationException || exception instanceof ObjetIntrouvableException || exception instanceof MessagePourUtilisateur) {
            return exception.getMessage();
        }
        return "erreur inattendue (" + exception.getClass().getSimpleName() + "). Vos données enregistrées "
                + "sont intactes ; réessayez, ou redémarrez l'application.";
    }
}
