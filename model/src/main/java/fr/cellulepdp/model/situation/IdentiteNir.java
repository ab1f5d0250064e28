package fr.cellulepdp.model.situation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a NIR says of its person (DESIGN.md §6): the sex in position 1 (1 or 7 a man, 2 or 8 a woman, 7 and 8 for
 * provisional numbers), the year of birth in positions 2-3 and the month in positions 4-5 — only 01 to 12 is a
 * month: 20 to 42 and 50 and above stand for an unknown or special month and are never contradicted. The person's
 * form, the monthly import and every use case that saves a person refuse a birth date or sex that contradicts it,
 * and a birth date too old to be true. Messages never quote the NIR nor the values.
 */
public final class IdentiteNir {

    /** The earliest birth year the cell can meet (people on sick leave are of working age). */
    static final int PREMIERE_ANNEE_PLAUSIBLE = 1900;

    private IdentiteNir() {
    }

    /** The sex the NIR gives. */
    public static Sexe sexe(Nir nir) {
        char premier = nir.valeur().charAt(0);
        return premier == '1' || premier == '7' ? Sexe.MASCULIN : Sexe.FEMININ;
    }

    /**
     * What contradicts the NIR, in French; empty when the birth date and the sex agree with it or are unknown.
     *
     * @param nir the normalised NIR, valid
     */
    public static List<String> incoherences(Nir nir, LocalDate naissance, Sexe sexe) {
        List<String> problemes = new ArrayList<>();
        if (sexe != null && sexe != sexe(nir)) {
            problemes.add("le sexe ne correspond pas au NIR (1er chiffre : " + (sexe(nir) == Sexe.MASCULIN
                    ? "homme" : "femme") + ").");
        }
        if (naissance != null) {
            int annee = Integer.parseInt(nir.valeur().substring(1, 3));
            int mois = Integer.parseInt(nir.valeur().substring(3, 5));
            if (naissance.getYear() % 100 != annee) {
                problemes.add("l'année de naissance ne correspond pas au NIR (chiffres 2 et 3).");
            } else if (mois >= 1 && mois <= 12 && naissance.getMonthValue() != mois) {
                problemes.add("le mois de naissance ne correspond pas au NIR (chiffres 4 et 5).");
            }
        }
        return problemes;
    }

    /** A birth date the cell cannot meet (before 1900), or null. */
    public static String naissanceInvraisemblable(LocalDate naissance) {
        return naissance != null && naissance.getYear() < PREMIERE_ANNEE_PLAUSIBLE
                ? "la date de naissance est invraisemblable (avant " + PREMIERE_ANNEE_PLAUSIBLE + ")." : null;
    }

    /** A sick leave that starts before the person was born, or null. */
    public static String arretAvantNaissance(LocalDate naissance, LocalDate debutArret) {
        return naissance != null && debutArret != null && debutArret.isBefore(naissance)
                ? "l'arrêt de travail commence avant la date de naissance." : null;
    }
}
