package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.util.Locale;

/**
 * A validated NIR (numéro d'inscription au répertoire), stored normalised: 13-character body and
 * 2-digit key, no separators (DESIGN.md §6). Corsica's 2A and 2B are kept as typed and counted as 19
 * and 18 for the key.
 */
public record Nir(String valeur) {

    private static final String CHAMP = "NIR";

    public Nir {
        valeur = normaliser(valeur);
        String probleme = probleme(valeur);
        if (probleme != null) {
            throw new SaisieInvalideException(CHAMP, probleme);
        }
    }

    /** Parses user input, accepting spaces, dots and dashes; throws with a French message if invalid. */
    public static Nir de(String saisie) {
        return new Nir(saisie);
    }

    /** The French message explaining why the input is not a valid NIR, or null when it is valid. */
    public static String verifier(String saisie) {
        return probleme(normaliser(saisie));
    }

    public String corps() {
        return valeur.substring(0, 13);
    }

    public String cle() {
        return valeur.substring(13);
    }

    /** The NIR as usually written: 1 85 05 2A 004 123 56. */
    public String formate() {
        return valeur.charAt(0) + " " + valeur.substring(1, 3) + " " + valeur.substring(3, 5) + " "
                + valeur.substring(5, 7) + " " + valeur.substring(7, 10) + " " + valeur.substring(10, 13) + " "
                + valeur.substring(13);
    }

    /** The key of a 13-character body: 97 - (body mod 97), with 2A → 19 and 2B → 18. */
    public static String calculerCle(String corps) {
        long nombre = Long.parseLong(corpsNumerique(corps));
        return String.format(Locale.ROOT, "%02d", 97 - (nombre % 97));
    }

    @Override
    public String toString() {
        // never print a NIR by accident (logs, exceptions)
        return "Nir[***]";
    }

    private static String normaliser(String saisie) {
        if (saisie == null) {
            return "";
        }
        return saisie.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    }

    private static String probleme(String nir) {
        if (nir.isEmpty()) {
            return "le NIR est obligatoire.";
        }
        if (nir.length() != 15) {
            return "le NIR doit compter 15 caractères (13 pour le numéro et 2 pour la clé), "
                    + nir.length() + " saisis.";
        }
        String departement = nir.substring(5, 7);
        boolean corse = departement.equals("2A") || departement.equals("2B");
        for (int i = 0; i < 15; i++) {
            char c = nir.charAt(i);
            boolean permis = Character.isDigit(c) && c < 128 || corse && (i == 6);
            if (!permis) {
                return "caractère « " + c + " » en position " + (i + 1)
                        + " : seuls des chiffres sont permis (et 2A ou 2B en positions 6-7 pour la Corse).";
            }
        }
        char sexe = nir.charAt(0);
        if (sexe != '1' && sexe != '2' && sexe != '7' && sexe != '8') {
            return "le premier chiffre du NIR doit être 1 ou 2 (7 ou 8 pour un numéro provisoire), « "
                    + sexe + " » saisi.";
        }
        String cle = nir.substring(13);
        int valeurCle = Integer.parseInt(cle);
        if (valeurCle < 1 || valeurCle > 97) {
            return "la clé du NIR doit être comprise entre 01 et 97, « " + cle + " » saisie.";
        }
        String attendue = calculerCle(nir.substring(0, 13));
        if (!attendue.equals(cle)) {
            return "la clé « " + cle + " » ne correspond pas au numéro : vérifiez la saisie.";
        }
        return null;
    }

    private static String corpsNumerique(String corps) {
        String departement = corps.substring(5, 7);
        String remplace = switch (departement) {
            case "2A" -> "19";
            case "2B" -> "18";
            default -> departement;
        };
        return corps.substring(0, 5) + remplace + corps.substring(7);
    }
}
