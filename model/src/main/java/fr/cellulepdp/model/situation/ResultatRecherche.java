package fr.cellulepdp.model.situation;

import java.util.List;

/** One page of search results and how many situations match in all. */
public record ResultatRecherche(List<ResumeSituation> lignes, long total) {

    public ResultatRecherche {
        lignes = List.copyOf(lignes);
    }
}
