package fr.cellulepdp.model.importation;

import java.util.List;

/** Every row of the file classified, before anything is written. */
public record ApercuImport(List<LigneClassee> lignes) {

    public ApercuImport {
        lignes = List.copyOf(lignes);
    }

    public long nombre(ClasseLigne classe) {
        return lignes.stream().filter(l -> l.classe() == classe).count();
    }

    public List<LigneClassee> erreurs() {
        return lignes.stream().filter(l -> l.classe() == ClasseLigne.ERREUR).toList();
    }

    public List<LigneClassee> nouvelles() {
        return lignes.stream().filter(l -> l.classe() == ClasseLigne.NOUVELLE).toList();
    }

    /** The report printed by the command line and shown by the window, in French. */
    public String resumeEnFrancais() {
        return nombre(ClasseLigne.NOUVELLE) + " nouvelle(s) situation(s), " + nombre(ClasseLigne.DEJA_SUIVIE)
                + " déjà suivie(s), " + nombre(ClasseLigne.ERREUR) + " ligne(s) en erreur.";
    }
}
