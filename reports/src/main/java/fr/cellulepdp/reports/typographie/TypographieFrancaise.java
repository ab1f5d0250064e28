package fr.cellulepdp.reports.typographie;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * French typography for documents: dates written out ("20 novembre 2026", "1er décembre 2026"),
 * amounts as "1 234,50 €" and non-breaking spaces before the high punctuation ; : ! ? and inside « ».
 * Written by hand rather than with {@link java.text.NumberFormat} so that the output does not depend on
 * the JDK's locale data (which changed the grouping space between releases).
 */
public final class TypographieFrancaise {

    /** Narrow no-break space: thousands separator and before ; ! ? (Imprimerie nationale). */
    public static final char ESPACE_FINE_INSECABLE = '\u202F';
    /** No-break space: before : and between an amount and its currency. */
    public static final char ESPACE_INSECABLE = '\u00A0';

    /** The typographic apostrophe. */
    public static final char APOSTROPHE = '\u2019';

    /** Words with a mute h that begin the names the documents assemble (the others keep « de »). */
    private static final String H_MUET = "h(?:abilit|abitat|abitu|[éeè]berg|eure|ospital|[ôo]pital|ygi[èe]n|omm|"
            + "oraire|onorair|umain|ist|ôtel|ypoth)";

    private static final java.util.regex.Pattern DE_VOYELLE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}’'-])([Dd])e (?=(?!onze\\b)[aeiouàâäéèêëîïôöùûüœæAEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ]|"
                    + "(?i:" + H_MUET + "))");

    private static final DateTimeFormatter MOIS_ANNEE = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private TypographieFrancaise() {
    }

    /** "20 novembre 2026"; the first of the month is written "1er". */
    public static String date(LocalDate date) {
        String jour = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        return jour + ESPACE_INSECABLE + date.format(MOIS_ANNEE);
    }

    /** "1 234,50 €", rounded half-up to the cent, with narrow no-break spaces between thousands. */
    public static String montant(BigDecimal montant) {
        BigDecimal arrondi = montant.setScale(2, RoundingMode.HALF_UP);
        String signe = arrondi.signum() < 0 ? "-" : "";
        String[] parties = arrondi.abs().toPlainString().split("\\.");
        return signe + grouperMilliers(parties[0]) + "," + parties[1] + ESPACE_INSECABLE + "€";
    }

    /** Replaces the ordinary space (or none) before ; : ! ? and inside « » by the right no-break space. */
    public static String ponctuation(String texte) {
        return texte
                .replaceAll(" ?([;!?])", ESPACE_FINE_INSECABLE + "$1")
                .replaceAll("(?<=\\S) ?:(?=\\s|$)", ESPACE_INSECABLE + ":")
                .replaceAll("« ?", "«" + ESPACE_INSECABLE)
                .replaceAll(" ?»", ESPACE_INSECABLE + "»");
    }

    /** The typographic apostrophe (’), which French print uses rather than the typewriter one ('). */
    public static String apostrophes(String texte) {
        return texte.replace('\'', APOSTROPHE);
    }

    /**
     * Elides « de » before a vowel or a mute h (« de essai » becomes « d’essai »): the mistake that assembling a
     * sentence from a template and a name makes. « de » as a whole word only; « onze » and an aspirated h keep it
     * (« de handicap »).
     */
    public static String elisions(String texte) {
        return DE_VOYELLE.matcher(texte).replaceAll(m -> m.group(1) + APOSTROPHE);
    }

    /**
     * « de » followed by a noun phrase, contracted and elided as French requires: « de le bilan » → « du bilan »,
     * « de les visites » → « des visites », « de essai » → « d’essai », « de la formation » unchanged.
     */
    public static String de(String groupe) {
        return contracter("de ", "du ", "des ", groupe);
    }

    /** « à » followed by a noun phrase: « à le service » → « au service », « à les partenaires » → « aux… ». */
    public static String a(String groupe) {
        return contracter("à ", "au ", "aux ", groupe);
    }

    private static String contracter(String preposition, String masculin, String pluriel, String groupe) {
        String g = groupe.strip();
        if (g.regionMatches(true, 0, "le ", 0, 3)) {
            return masculin + g.substring(3);
        }
        if (g.regionMatches(true, 0, "les ", 0, 4)) {
            return pluriel + g.substring(4);
        }
        return elisions(preposition + g);
    }

    private static String grouperMilliers(String chiffres) {
        StringBuilder groupe = new StringBuilder();
        int premier = chiffres.length() % 3 == 0 ? 3 : chiffres.length() % 3;
        groupe.append(chiffres, 0, premier);
        for (int i = premier; i < chiffres.length(); i += 3) {
            groupe.append(ESPACE_FINE_INSECABLE).append(chiffres, i, i + 3);
        }
        return groupe.toString();
    }
}
