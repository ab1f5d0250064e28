package fr.cellulepdp.model.importation;

import java.util.Map;

/**
 * One data row of the monthly list, as read from the file: its line number in the file, its values by column name
 * (lower case, e.g. "nir", "date_debut_arret"; missing columns read as empty), the position of each column in the
 * header (1 for the first), for the report, and {@code illisible}: why the line could not be read as CSV (an
 * unbalanced quote…), empty when it was.
 */
public record LigneImport(int numeroLigne, Map<String, String> valeurs, Map<String, Integer> colonnes,
                          String illisible) {

    public LigneImport {
        valeurs = Map.copyOf(valeurs);
        colonnes = Map.copyOf(colonnes);
        illisible = illisible == null ? "" : illisible;
    }

    /** A row read with its values, columns numbered in the order of the map's keys being unknown. */
    public LigneImport(int numeroLigne, Map<String, String> valeurs) {
        this(numeroLigne, valeurs, Map.of(), "");
    }

    /** A line that is not valid CSV: one row's error, not the file's. */
    public static LigneImport illisible(int numeroLigne, String raison) {
        return new LigneImport(numeroLigne, Map.of(), Map.of(), raison);
    }

    public String valeur(String colonne) {
        String valeur = valeurs.get(colonne);
        return valeur == null ? "" : valeur.strip();
    }

    /** « colonne « telephone » (n° 11) », or « colonne « telephone » » when its position is unknown. */
    public String designation(String colonne) {
        Integer numero = colonnes.get(colonne);
        return "colonne « " + colonne + " »" + (numero == null ? "" : " (n° " + numero + ")");
    }
}
