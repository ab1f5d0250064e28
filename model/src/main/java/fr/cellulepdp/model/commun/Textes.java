package fr.cellulepdp.model.commun;

/** Small text helpers shared by the domain records. */
public final class Textes {

    private Textes() {
    }

    /** Null becomes the empty string, so records never hold null text. */
    public static String nonNul(String texte) {
        return texte == null ? "" : texte.strip();
    }

    /**
     * The form a text is searched in: lower case, without accents or ligatures ("Hélène Lœuillet" and
     * "helene loeuillet" match each other). The database migration V3 applies the same folding to older rows.
     */
    public static String pourRecherche(String texte) {
        String sansLigatures = nonNul(texte).replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
                .replace("Æ", "AE");
        return java.text.Normalizer.normalize(sansLigatures, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
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
