package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.Textes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words a file is found by, and the words of a search. A file is found when every word typed begins one of its
 * words: a word of the person's names or of the employer (folded: lower case, no accents), a part of a compound
 * word ("pierre" in "Jean-Pierre", "alembert" in "d'Alembert"), or its file number — whole ("pdp-2026-0042"), without
 * its prefix ("2026-0042") or as the number alone, without its leading zeros ("42"). The database keeps these words
 * in an index, so a search reads only the matching entries instead of every file.
 */
public final class MotsRecherche {

    /** Longest word kept (the column's size); a longer word is cut, and still found by its beginning. */
    public static final int LONGUEUR_MAX = 100;

    /** At most this many words of a search are applied: a sentence pasted by mistake stays one cheap query. */
    public static final int MOTS_MAX = 6;

    private static final String SEPARATEURS = "-'’./";

    private MotsRecherche() {
    }

    /** The words of a file number. */
    public static Set<String> duNumero(String numeroDossier) {
        Set<String> mots = new LinkedHashSet<>();
        String numero = Textes.pourRecherche(numeroDossier);
        ajouter(mots, numero);
        int tiret = numero.indexOf('-');
        if (tiret >= 0) {
            ajouter(mots, numero.substring(tiret + 1));
        }
        int dernier = numero.lastIndexOf('-');
        String sequence = numero.substring(dernier + 1);
        if (!sequence.isEmpty() && sequence.chars().allMatch(Character::isDigit)) {
            ajouter(mots, sansZerosDeTete(sequence));
        }
        return mots;
    }

    /** The words of a person's names and employer, compound words also by each of their parts. */
    public static Set<String> dePersonne(String nom, String prenom, String employeur) {
        Set<String> mots = new LinkedHashSet<>();
        for (String texte : new String[] {nom, prenom, employeur}) {
            for (String mot : Textes.pourRecherche(texte).split("\\s+")) {
                ajouter(mots, mot);
                for (int i = 0; i < mot.length() - 1; i++) {
                    if (SEPARATEURS.indexOf(mot.charAt(i)) >= 0) {
                        ajouter(mots, mot.substring(i + 1));
                    }
                }
            }
        }
        return mots;
    }

    /**
     * The words of a search, folded as the files' words are; a number alone loses its leading zeros ("0042" finds
     * the file numbered 42), as the files' numbers do.
     */
    public static List<String> deRecherche(String texte) {
        Set<String> mots = new LinkedHashSet<>();
        for (String mot : Textes.pourRecherche(texte).split("\\s+")) {
            if (!mot.isEmpty() && mot.chars().allMatch(Character::isDigit)) {
                mot = sansZerosDeTete(mot);
            }
            if (!mot.isEmpty() && mots.size() < MOTS_MAX) {
                mots.add(mot.length() > LONGUEUR_MAX ? mot.substring(0, LONGUEUR_MAX) : mot);
            }
        }
        return new ArrayList<>(mots);
    }

    private static void ajouter(Set<String> mots, String mot) {
        if (!mot.isBlank()) {
            mots.add(mot.length() > LONGUEUR_MAX ? mot.substring(0, LONGUEUR_MAX) : mot);
        }
    }

    /** "0042" becomes "42"; "0000" stays "0". */
    private static String sansZerosDeTete(String chiffres) {
        int i = 0;
        while (i < chiffres.length() - 1 && chiffres.charAt(i) == '0') {
            i++;
        }
        return chiffres.substring(i);
    }
}
