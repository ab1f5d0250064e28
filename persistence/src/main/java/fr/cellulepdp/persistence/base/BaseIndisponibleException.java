package fr.cellulepdp.persistence.base;

/** The database cannot be opened; the French message says why and what to do. */
public class BaseIndisponibleException extends RuntimeException {

    public BaseIndisponibleException(String message, Throwable cause) {
        super(message, cause);
    }
}
