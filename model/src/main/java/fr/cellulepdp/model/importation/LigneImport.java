package fr.cellulepdp.model.importation;

import java.util.Map;

/**
 * One data row of the monthly list, as read from the file: its line number in the file and its values by
 * column name (lower case, e.g. "nir", "date_debut_arret"). Missing columns read as empty.
 */
public record LigneImport(int numeroLigne, Map<String, String> valeurs) {

    public LigneImport {
        valeurs = Map.copyOf(valeurs);
    }

    public String valeur(String colonne) {
        String valeur = valeurs.get(colonne);
        return valeur == null ? "" : valeur.strip();
    }
}
