package fr.cellulepdp.model.consolidation;

import fr.cellulepdp.model.indicateur.DefinitionsBilan;
import fr.cellulepdp.model.indicateur.DefinitionsBilan.Figure;
import fr.cellulepdp.model.indicateur.FaitsBilan;
import fr.cellulepdp.model.indicateur.Periode;
import fr.cellulepdp.model.indicateur.ResultatBilan;
import java.util.List;

/**
 * Several cells' exports side by side: one column per cell and a total, each figure evaluated with the same
 * definitions. A total adds up the facts of the cells; a fact a cell hid (small counts) is left out of the total,
 * which then reads « ≥ n » (the sum of what is known), and a mean or share with a hidden part reads « masqué ».
 */
public record Consolidation(List<ExportBilan> cellules, Periode periode) {

    /** One figure: each cell's value, in the order of {@link #cellules}, and the total. */
    public record Ligne(Figure figure, List<ResultatBilan> parCellule, ResultatBilan total) {
    }

    public Consolidation {
        cellules = List.copyOf(cellules);
    }

    public List<Ligne> lignes() {
        List<FaitsBilan> faits = cellules.stream().map(ExportBilan::faits).toList();
        return DefinitionsBilan.figures().stream()
                .map(f -> new Ligne(f, faits.stream().map(c -> ResultatBilan.evaluer(f, List.of(c))).toList(),
                        ResultatBilan.evaluer(f, faits)))
                .toList();
    }

    /** The review as CSV (« ; », UTF-8 with BOM for Excel): code, section, figure, one column per cell, total. */
    public String csv() {
        StringBuilder csv = new StringBuilder("\uFEFFcode;rubrique;chiffre");
        for (ExportBilan c : cellules) {
            csv.append(';').append(champ(c.cellule() + " (" + c.periode().du() + " – " + c.periode().au() + ")"));
        }
        csv.append(";Total;definition\r\n");
        for (Ligne l : lignes()) {
            csv.append(l.figure().code()).append(';').append(champ(l.figure().rubrique())).append(';')
                    .append(champ(l.figure().libelle()));
            l.parCellule().forEach(r -> csv.append(';').append(champ(r.texte())));
            csv.append(';').append(champ(l.total().texte())).append(';').append(champ(l.figure().definition()))
                    .append("\r\n");
        }
        for (DefinitionsBilan.NonDisponible n : DefinitionsBilan.nonDisponibles()) {
            csv.append(";Non disponible;").append(champ(n.libelle()));
            cellules.forEach(c -> csv.append(";"));
            csv.append(";;").append(champ(n.raison())).append("\r\n");
        }
        return csv.toString();
    }

    private static String champ(String texte) {
        return texte.contains(";") || texte.contains("\"") ? '"' + texte.replace("\"", "\"\"") + '"' : texte;
    }
}
