package fr.cellulepdp.model.importation;

/**
 * Which rows of the writing's reading become situations, and how far that reading is: the rows the preview called
 * new ({@link LignesDeLApercu}), or every new row as it is classified when there is no preview
 * ({@link LignesLuesUneFois}).
 */
interface LignesAEcrire {

    /** True when the row's situation is to be created; throws when the file no longer reads as expected. */
    boolean aCreer(ClassementParLots.Classee classee);

    /** The rows gone through so far, and out of how many: the progress told after each batch. */
    int faites();

    int total();

    /** Once the file is read: throws when rows that were expected did not come back. */
    void verifierFin();

    /** The file's rows, for the count of rows left out. */
    int lignes();
}
