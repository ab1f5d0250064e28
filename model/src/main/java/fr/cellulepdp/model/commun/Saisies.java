package fr.cellulepdp.model.commun;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks of typed fields (the value is never repeated in the message: it may hold a name) shared by the forms' use cases, each adding a {@link Probleme} that names the field and
 * says in French what is expected, so that every problem of a form shows at once.
 */
public final class Saisies {

    private static final Pattern COURRIEL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Digits, grouped by spaces, dots or dashes. */
    private static final Pattern TELEPHONE = Pattern.compile("\\+?[0-9][0-9 .-]*[0-9]");
    /**
     * Once the separators are gone: ten digits from 0 (national, overseas included), or +33 / 0033 and nine digits,
     * or an overseas code (+262, +508, +590, +594, +596, +687, +689) and nine digits.
     */
    private static final Pattern CHIFFRES_TELEPHONE =
            Pattern.compile("0\\d{9}|(\\+|00)(33|262|508|590|594|596|687|689)\\d{9}");
    private static final Pattern CODE_POSTAL = Pattern.compile("(\\d{5}|\\d{4} ?\\d)");

    private Saisies() {
    }

    public static boolean estCourriel(String texte) {
        return COURRIEL.matcher(texte).matches();
    }

    /** A required text of at most {@code max} characters. */
    public static void obligatoire(List<Probleme> problemes, String champ, String valeur, int max) {
        if (valeur.isEmpty()) {
            problemes.add(new Probleme(champ, "obligatoire."));
        } else {
            longueur(problemes, champ, valeur, max);
        }
    }

    /** An optional text of at most {@code max} characters (the database column's size). */
    public static void longueur(List<Probleme> problemes, String champ, String valeur, int max) {
        if (valeur.length() > max) {
            problemes.add(new Probleme(champ, max + " caractères au plus (" + valeur.length() + " saisis)."));
        }
    }

    /** An e-mail address, when given. */
    public static void courriel(List<Probleme> problemes, String champ, String valeur) {
        if (!valeur.isEmpty() && !estCourriel(valeur)) {
            problemes.add(new Probleme(champ, "adresse électronique invalide (forme attendue : nom@domaine.fr)."));
        } else {
            longueur(problemes, champ, valeur, 200);
        }
    }

    /** A French telephone number, when given: 10 digits, spaces, dots or dashes allowed, or +33. */
    public static void telephone(List<Probleme> problemes, String champ, String valeur) {
        if (!valeur.isEmpty() && !(TELEPHONE.matcher(valeur).matches()
                && CHIFFRES_TELEPHONE.matcher(valeur.replaceAll("[ .-]", "")).matches())) {
            problemes.add(new Probleme(champ, "numéro de téléphone invalide (par exemple 03 86 00 00 00)."));
        }
    }

    /** A French postcode, when given: five digits. */
    public static void codePostal(List<Probleme> problemes, String champ, String valeur) {
        if (!valeur.isEmpty() && !CODE_POSTAL.matcher(valeur).matches()) {
            problemes.add(new Probleme(champ, "code postal invalide (cinq chiffres)."));
        }
    }
}
