package fr.cellulepdp.model.importation;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line's import: every row classified and, when new, written in the same reading of the file (there is
 * no preview to confirm). The classified rows are kept, small, for the report.
 */
final class LignesLuesUneFois implements LignesAEcrire {

    private final int total;
    private final List<LigneClassee> classees = new ArrayList<>();

    /** {@code total}: the file's rows, counted before, for the progress. */
    LignesLuesUneFois(int total) {
        this.total = total;
    }

    @Override
    public boolean aCreer(ClassementParLots.Classee classee) {
        classees.add(classee.ligne());
        return classee.ligne().classe() == ClasseLigne.NOUVELLE;
    }

    @Override
    public int faites() {
        return classees.size();
    }

    @Override
    public int total() {
        return Math.max(total, classees.size());
    }

    @Override
    public void verifierFin() {
        // every row read was classified and written as it came: nothing to compare with
    }

    @Override
    public int lignes() {
        return classees.size();
    }

    ApercuImport classement(SourceLignesImport source) {
        return new ApercuImport(classees, source);
    }
}
