package fr.cellulepdp.model.indicateur;

import fr.cellulepdp.model.indicateur.DefinitionsBilan.Figure;
import java.util.List;

/**
 * The figures of the national review for a period beside the same period one year earlier, with the change: what
 * the Indicateurs page, the CSV and the review PDF show under « Bilan national ».
 */
public record RevueBilan(Periode periode, Periode precedente, FaitsBilan actuels, FaitsBilan precedents) {

    /** One figure: its definition, its value for the period and the previous one, and the change. */
    public record Ligne(Figure figure, ResultatBilan actuel, ResultatBilan precedent, String evolution) {
    }

    /** The same dates one year earlier (29 February falls back to the 28th). */
    public static Periode precedente(Periode p) {
        return new Periode(p.du().minusYears(1), p.au().minusYears(1));
    }

    public List<Ligne> lignes() {
        return DefinitionsBilan.figures().stream().map(f -> {
            ResultatBilan actuel = ResultatBilan.evaluer(f, List.of(actuels));
            ResultatBilan precedent = ResultatBilan.evaluer(f, List.of(precedents));
            return new Ligne(f, actuel, precedent, ResultatBilan.evolution(f, actuel, precedent));
        }).toList();
    }

    public Ligne ligne(String code) {
        return lignes().stream().filter(l -> l.figure().code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("figure inconnue : " + code));
    }
}
