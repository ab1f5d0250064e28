package fr.cellulepdp.model.importation;

import java.util.BitSet;
import java.util.List;

/** Every row of the file classified, before anything is written, and where to read the rows again to import them. */
public record ApercuImport(List<LigneClassee> lignes, SourceLignesImport source) {

    public ApercuImport {
        lignes = List.copyOf(lignes);
    }

    public long nombre(ClasseLigne classe) {
        return lignes.stream().filter(l -> l.classe() == classe).count();
    }

    public List<LigneClassee> erreurs() {
        return lignes.stream().filter(l -> l.classe() == ClasseLigne.ERREUR).toList();
    }

    /** The line numbers of the new situations: the import creates these and only these. */
    BitSet lignesNouvelles() {
        BitSet nouvelles = new BitSet();
        lignes.stream().filter(l -> l.classe() == ClasseLigne.NOUVELLE).forEach(l -> nouvelles.set(l.numeroLigne()));
        return nouvelles;
    }

    /** The report printed by the command line and shown by the window, in French. */
    public String resumeEnFrancais() {
        return nombre(ClasseLigne.NOUVELLE) + " nouvelle(s) situation(s), " + nombre(ClasseLigne.DEJA_SUIVIE)
                + " déjà suivie(s), " + nombre(ClasseLigne.ERREUR) + " ligne(s) en erreur.";
    }
}
