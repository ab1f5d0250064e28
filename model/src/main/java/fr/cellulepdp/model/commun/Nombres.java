package fr.cellulepdp.model.commun;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as French reads them, for every screen and list: « 10 928 », « 47,5 », « 1 850,00 € », « 88,1 % », a
 * narrow no-break space between thousands (Imprimerie nationale), a no-break space before « € » and « % », a real
 * minus sign. The symbols are set here, not taken from the JDK's locale data (which changed between releases).
 */
public final class Nombres {

    /** Between thousands. */
    public static final char ESPACE_FINE = '\u202f';
    /** Between a number and its unit. */
    public static final char ESPACE_INSECABLE = '\u00a0';

    // a consolidation formats tens of thousands of values: the formats are made once per thread, not per value
    private static final ThreadLocal<DecimalFormat> ENTIER = ThreadLocal.withInitial(() -> format("#,##0"));
    private static final ThreadLocal<DecimalFormat> DECIMAL = ThreadLocal.withInitial(() -> format("#,##0.0"));
    private static final ThreadLocal<DecimalFormat> CENTIMES = ThreadLocal.withInitial(() -> format("#,##0.00"));

    private Nombres() {
    }

    private static DecimalFormat format(String motif) {
        DecimalFormatSymbols symboles = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symboles.setGroupingSeparator(ESPACE_FINE);
        symboles.setDecimalSeparator(',');
        symboles.setMinusSign('−');
        DecimalFormat format = new DecimalFormat(motif, symboles);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** « 10 928 ». */
    public static String entier(double n) {
        return ENTIER.get().format(n);
    }

    /** « 47,5 »: one decimal. */
    public static String decimal(double n) {
        return DECIMAL.get().format(n);
    }

    /** « 12 » or « 12,5 »: the decimal only when there is one. */
    public static String entierOuDecimal(double n) {
        return n == Math.rint(n) ? entier(n) : decimal(n);
    }

    /** « 1 850,00 € », rounded half-up to the cent; empty for no amount. */
    public static String montant(BigDecimal montant) {
        return montant == null ? "" : CENTIMES.get().format(montant.setScale(2, RoundingMode.HALF_UP))
                + ESPACE_INSECABLE + "€";
    }

    /** « 1 850,00 € ». */
    public static String euros(double n) {
        return CENTIMES.get().format(n) + ESPACE_INSECABLE + "€";
    }

    /** « 1 850,00 » for an amount field: what the field reads back (see the amounts typed); empty for none. */
    public static String montantSaisi(BigDecimal montant) {
        return montant == null ? "" : CENTIMES.get().format(montant.setScale(2, RoundingMode.HALF_UP));
    }

    /** « 88,1 % » for a part of 0.881. */
    public static String pourcentage(double part) {
        return DECIMAL.get().format(part * 100) + ESPACE_INSECABLE + "%";
    }

    /** « 820 octets », « 48 ko », « 1,2 Mo »: a file's size. */
    public static String taille(long octets) {
        if (octets < 1024) {
            return entier(octets) + ESPACE_INSECABLE + (octets < 2 ? "octet" : "octets");
        }
        if (octets < 1024 * 1024) {
            return entier(Math.ceil(octets / 1024.0)) + ESPACE_INSECABLE + "ko";
        }
        return decimal(octets / (1024.0 * 1024)) + ESPACE_INSECABLE + "Mo";
    }
}
