package fr.cellulepdp.model.situation;

import java.time.LocalDate;

/**
 * The recognitions that open measures reserved by law (DESIGN.md §3): the RQTH (reconnaissance de la qualité de
 * travailleur handicapé, from the CDAPH) and any other title of beneficiary of the employment obligation (BOETH:
 * invalidity pension, AT/MP annuity of 10 % or more…), each with its dates (a null end: no end), and what the
 * occupational doctor has stated of the person's fitness, with the date. A null start: not recognised.
 */
public record Reconnaissances(LocalDate rqthDebut, LocalDate rqthFin, LocalDate boethDebut, LocalDate boethFin,
                              Inaptitude inaptitude, LocalDate dateInaptitude) {

    public static final Reconnaissances AUCUNE = new Reconnaissances(null, null, null, null, Inaptitude.AUCUNE, null);

    public Reconnaissances {
        inaptitude = inaptitude == null ? Inaptitude.AUCUNE : inaptitude;
        if (inaptitude == Inaptitude.AUCUNE) {
            dateInaptitude = null;
        }
    }

    /** Whether the person holds an RQTH valid on {@code jour}. */
    public boolean rqthValide(LocalDate jour) {
        return valide(rqthDebut, rqthFin, jour);
    }

    /** Whether the person is a BOETH on {@code jour}: an RQTH is one of the titles (art. L5212-13 code du travail). */
    public boolean boethValide(LocalDate jour) {
        return rqthValide(jour) || valide(boethDebut, boethFin, jour);
    }

    /** Whether the occupational doctor had stated at least a risk of unfitness on {@code jour} (undated: yes). */
    public boolean risqueOuInaptitude(LocalDate jour) {
        return inaptitude != Inaptitude.AUCUNE && (dateInaptitude == null || !dateInaptitude.isAfter(jour));
    }

    public boolean inaptitudeDeclaree(LocalDate jour) {
        return inaptitude == Inaptitude.DECLAREE && risqueOuInaptitude(jour);
    }

    private static boolean valide(LocalDate debut, LocalDate fin, LocalDate jour) {
        return debut != null && !debut.isAfter(jour) && (fin == null || !fin.isBefore(jour));
    }
}
