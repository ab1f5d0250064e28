package fr.cellulepdp.model.situation;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File numbers "PDP-2026-0042": the next one after the highest of the year. Whoever numbers new files takes the
 * lock {@link #VERROU} first, in the transaction that saves them: two clients creating files at the same moment
 * then number one after the other, never twice the same number.
 */
public final class NumerotationDossiers {

    /** The lock of {@link fr.cellulepdp.model.commun.Transactions#verrouiller} taken before reading the numbers. */
    public static final String VERROU = "numérotation des dossiers";

    private final String prefixe;
    private int dernier;

    public NumerotationDossiers(int annee, Collection<String> existants) {
        this.prefixe = prefixe(annee);
        Pattern forme = Pattern.compile(Pattern.quote(prefixe) + "(\\d+)");
        for (String numero : existants) {
            Matcher m = forme.matcher(numero);
            if (m.matches()) {
                dernier = Math.max(dernier, Integer.parseInt(m.group(1)));
            }
        }
    }

    /** "PDP-2026-": the numbers of a year start with it. */
    public static String prefixe(int annee) {
        return "PDP-" + annee + "-";
    }

    /** The next numbers of the year, after the highest one stored. */
    public static NumerotationDossiers de(SituationRepository situations, int annee) {
        return new NumerotationDossiers(annee, situations.numerosDossier(prefixe(annee)));
    }

    public String suivant() {
        return prefixe + String.format(Locale.ROOT, "%04d", ++dernier);
    }
}
