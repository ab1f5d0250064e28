package fr.cellulepdp.model.situation;

import java.util.Comparator;

/**
 * File numbers in numeric order: "PDP-2026-10000" comes after "PDP-2026-9999", whereas as text it would fall among
 * the "PDP-2026-9999x". The key pads the year's sequence number with zeros to 12 digits; the database keeps it beside
 * the number (column numero_tri, migration V26 computes it the same way), so that lists are sorted by an index.
 */
public final class OrdreNumerosDossier {

    private static final String PREFIXE = "PDP-";
    private static final int CHIFFRES = 12;

    /** Smallest to largest; a number of another shape keeps its text order. */
    public static final Comparator<String> CROISSANT = Comparator.comparing(OrdreNumerosDossier::cle);

    private OrdreNumerosDossier() {
    }

    /**
     * "PDP-2026-0042" gives "PDP-2026-000000000042". Exactly what V26 computes in SQL (LIKE 'PDP-____-%', then LPAD
     * of what follows the year, which also cuts it to 12 characters), so that old and new rows agree.
     */
    public static String cle(String numero) {
        if (numero == null || numero.length() < 9 || !numero.startsWith(PREFIXE) || numero.charAt(8) != '-') {
            return numero;
        }
        String suite = numero.substring(9);
        String complete = suite.length() >= CHIFFRES ? suite.substring(0, CHIFFRES)
                : "0".repeat(CHIFFRES - suite.length()) + suite;
        return numero.substring(0, 9) + complete;
    }
}
