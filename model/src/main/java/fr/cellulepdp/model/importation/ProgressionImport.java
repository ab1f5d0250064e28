package fr.cellulepdp.model.importation;

/** Told how far the import is, so that the window can show a progress bar. */
@FunctionalInterface
public interface ProgressionImport {

    ProgressionImport AUCUNE = (faites, total) -> { };

    void avancer(int faites, int total);
}
