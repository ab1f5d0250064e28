package fr.cellulepdp.model.compte;

/** Port: a slow, salted password hash (Argon2id in the application) and its check. */
public interface HachageMotDePasse {

    String hacher(char[] motDePasse);

    boolean verifier(char[] motDePasse, String hash);

    /** A 32-byte key from the password and {@code sel}, as slow to guess as the stored hash. */
    byte[] deriverCle(char[] motDePasse, byte[] sel);
}
