package fr.cellulepdp.model.suivi;

import java.util.List;

/**
 * A page of the Suivis list, by due date then file number, made of whole due dates: the first {@code limite}
 * follow-ups due after the criteria's day and every other one due the same day as the last of them, so that the
 * next page starts the day after; and whether more follow-ups match after it.
 */
public record SuivisDeLaListe(List<SuiviDeLaListe> suivis, boolean davantage) {

    public SuivisDeLaListe {
        suivis = List.copyOf(suivis);
    }
}
