package fr.cellulepdp.model.compte;

/** Port: a slow, salted password hash (Argon2id in the application) and its check. */
public interface HachageMotDePasse {

    String hacher(char[] motDePasse);

    boolean verifier(char[] motDePasse, String hash);
}
