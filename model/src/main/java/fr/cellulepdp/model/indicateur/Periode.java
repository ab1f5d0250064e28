package fr.cellulepdp.model.indicateur;

import fr.cellulepdp.model.commun.Horodatages;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.time.LocalDate;
import java.util.List;

/** A period of whole days, both ends included, over which the indicators are counted. */
public record Periode(LocalDate du, LocalDate au) {

    public Periode {
        if (du == null || au == null) {
            throw new SaisieInvalideException(List.of(new Probleme(du == null ? "du" : "au",
                    "indiquez les deux dates de la période.")));
        }
        if (au.isBefore(du)) {
            throw new SaisieInvalideException(List.of(new Probleme("au",
                    "la fin de la période (" + Horodatages.date(au) + ") précède son début ("
                    + Horodatages.date(du) + ").")));
        }
    }

    /** The calendar year {@code annee}. */
    public static Periode annee(int annee) {
        return new Periode(LocalDate.of(annee, 1, 1), LocalDate.of(annee, 12, 31));
    }

    public boolean contient(LocalDate jour) {
        return jour != null && !jour.isBefore(du) && !jour.isAfter(au);
    }
}
