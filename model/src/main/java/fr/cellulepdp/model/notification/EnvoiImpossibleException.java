package fr.cellulepdp.model.notification;

/** The mail server could not be reached or refused the message; {@code raison} is its answer, as it gave it. */
public class EnvoiImpossibleException extends Exception {

    private final String raison;

    public EnvoiImpossibleException(String raison, Throwable cause) {
        super(raison, cause);
        this.raison = raison;
    }

    public String raison() {
        return raison;
    }
}
