package fr.cellulepdp.model.importation;

import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of a monthly list, read again from the start at each pass: the import goes through the file twice (the
 * preview, then the writing) without ever holding it whole in memory.
 */
@FunctionalInterface
public interface SourceLignesImport {

    void parcourir(Consumer<LigneImport> action);

    static SourceLignesImport de(List<LigneImport> lignes) {
        List<LigneImport> copie = List.copyOf(lignes);
        return copie::forEach;
    }
}
