package fr.cellulepdp.app.wiring;

import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.commun.ObjetIntrouvableException;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.persistence.base.BaseIndisponibleException;

/** What a user is told when something fails, in the window and on the command line alike. */
public final class MessagesErreur {

    /** An exception of the app whose message is written for the user. */
    public interface MessagePourUtilisateur {
    }

    private MessagesErreur() {
    }

    /** Every problem, one per line: "• champ : message". */
    public static String puces(java.util.List<fr.cellulepdp.model.commun.Probleme> problemes) {
        return problemes.stream().map(p -> "• " + p).collect(java.util.stream.Collectors.joining("\n"));
    }

    /**
     * What a form shows when saving fails: "{@code titre} :" then each problem of a refused input, or the message
     * of any other failure.
     */
    public static String refus(String titre, Exception exception) {
        return exception instanceof SaisieInvalideException refus ? titre + " :\n" + puces(refus.problemes())
                : pourUtilisateur(exception);
    }

    /** Expected failures carry a French message of their own; anything else is named without details. */
    public static String pourUtilisateur(Exception exception) {
        if (attendue(exception)) {
            return exception.getMessage();
        }
        return "erreur inattendue (" + exception.getClass().getSimpleName() + "). Vos données enregistrées "
                + "sont intactes ; réessayez, ou redémarrez l'application.";
    }

    /** A refusal or a failure the user is told about in French (not a defect to report). */
    public static boolean attendue(Exception exception) {
        return exception instanceof SaisieInvalideException || exception instanceof BaseIndisponibleException
                || exception instanceof ConflitDeModificationException || exception instanceof ObjetIntrouvableException
                || exception instanceof MessagePourUtilisateur;
    }
}
