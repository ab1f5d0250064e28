package fr.cellulepdp.model.importation;

import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of a monthly list, read again from the start at each pass: the window's import goes through the file
 * twice (the preview, then the writing), the command's once, without ever holding it whole in memory.
 */
@FunctionalInterface
public interface SourceLignesImport {

    void parcourir(Consumer<LigneImport> action);

    /** The number of rows, for the progress of an import that reads them once: here by reading them all. */
    default int nombreDeLignes() {
        int[] lignes = {0};
        parcourir(ligne -> lignes[0]++);
        return lignes[0];
    }

    static SourceLignesImport de(List<LigneImport> lignes) {
        List<LigneImport> copie = List.copyOf(lignes);
        return copie::forEach;
    }
}
