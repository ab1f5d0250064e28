package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.SaisieInvalideException;

/**
 * A validated SIRET: 14 digits with a Luhn checksum (DESIGN.md §6). La Poste's establishments
 * (SIREN 356 000 000) use another rule: the sum of the digits is a multiple of 5.
 */
public record Siret(String valeur) {

    private static final String SIREN_LA_POSTE = "356000000";

    public Siret {
        valeur = normaliser(valeur);
        String probleme = probleme(valeur);
        if (probleme != null) {
            throw new SaisieInvalideException("SIRET", probleme);
        }
    }

    public static Siret de(String saisie) {
        return new Siret(saisie);
    }

    /** The French message explaining why the input is not a valid SIRET, or null when it is valid. */
    public static String verifier(String saisie) {
        return probleme(normaliser(saisie));
    }

    public String siren() {
        return valeur.substring(0, 9);
    }

    /** Luhn check digit to append to 13 digits (used to build valid test and demo numbers). */
    public static int chiffreDeControle(String treizeChiffres) {
        int somme = sommeLuhn(treizeChiffres + "0");
        return (10 - somme % 10) % 10;
    }

    private static String normaliser(String saisie) {
        return saisie == null ? "" : saisie.replaceAll("[\\s.\\-]", "");
    }

    private static String probleme(String siret) {
        if (siret.isEmpty()) {
            return "le SIRET est vide.";
        }
        for (int i = 0; i < siret.length(); i++) {
            char c = siret.charAt(i);
            if (c < '0' || c > '9') {
                return "caractère « " + c + " » en position " + (i + 1) + " : le SIRET ne contient que des chiffres.";
            }
        }
        if (siret.length() != 14) {
            return "le SIRET doit compter 14 chiffres, " + siret.length() + " saisis.";
        }
        if (siret.startsWith(SIREN_LA_POSTE)) {
            int somme = siret.chars().map(c -> c - '0').sum();
            return somme % 5 == 0 ? null : "numéro incohérent (contrôle des établissements de La Poste) : vérifiez la saisie.";
        }
        return sommeLuhn(siret) % 10 == 0 ? null : "numéro incohérent (clé de Luhn) : vérifiez la saisie.";
    }

    private static int sommeLuhn(String chiffres) {
        int somme = 0;
        for (int i = 0; i < chiffres.length(); i++) {
            int chiffre = chiffres.charAt(chiffres.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                chiffre *= 2;
                if (chiffre > 9) {
                    chiffre -= 9;
                }
            }
            somme += chiffre;
        }
        return somme;
    }
}
