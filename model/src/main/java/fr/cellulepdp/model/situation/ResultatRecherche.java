package fr.cellulepdp.model.situation;

import java.util.List;

/**
 * One page of search results and how many situations match in all: exactly, or when {@code auMoins} at least
 * {@code total} and more (a full page is not counted further: the count of a frequent word read every match).
 */
public record ResultatRecherche(List<ResumeSituation> lignes, long total, boolean auMoins) {

    public ResultatRecherche {
        lignes = List.copyOf(lignes);
    }

    public ResultatRecherche(List<ResumeSituation> lignes, long total) {
        this(lignes, total, false);
    }
}
