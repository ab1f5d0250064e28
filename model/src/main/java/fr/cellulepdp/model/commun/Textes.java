package fr.cellulepdp.model.commun;

/** Small text helpers shared by the domain records. */
public final class Textes {

    private Textes() {
    }

    /** Null becomes the empty string, so records never hold null text. */
    public static String nonNul(String texte) {
        return texte == null ? "" : texte.strip();
    }

    /** Initials such as "J. D." used wherever a person must not be named (partners, projection). */
    public static String initiales(String prenom, String nom) {
        return initiale(prenom) + " " + initiale(nom);
    }

    private static String initiale(String mot) {
        String m = nonNul(mot);
        return m.isEmpty() ? "?" : m.substring(0, 1).toUpperCase(java.util.Locale.FRENCH) + ".";
    }
}
