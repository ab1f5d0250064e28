package fr.cellulepdp.model.notification;

/** Port: keeps a secret (the mail server's password) encrypted with this computer's key. */
public interface Coffre {

    String chiffrer(char[] secret);

    char[] dechiffrer(String chiffre);
}
