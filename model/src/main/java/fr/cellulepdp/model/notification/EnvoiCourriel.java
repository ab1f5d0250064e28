package fr.cellulepdp.model.notification;

/** Port: hands an e-mail to the mail server (the app module implements it with Angus Mail). */
public interface EnvoiCourriel {

    /** Returns once the server has accepted the message. */
    void envoyer(ServeurSmtp serveur, char[] motDePasse, CourrielSortant courriel) throws EnvoiImpossibleException;
}
