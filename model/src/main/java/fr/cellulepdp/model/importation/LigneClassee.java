package fr.cellulepdp.model.importation;

/**
 * A row of the preview: its class, for an error the French reason, for a file already followed its number, and
 * the person's initials (the preview may be shown on screen or printed without exposing names). It holds no more,
 * so that the preview of a 100 000-row list stays small; the import reads the rows again from the file.
 */
public record LigneClassee(int numeroLigne, ClasseLigne classe, String motif, String dossierExistant,
                           String personne) {

    static LigneClassee erreur(int ligne, String motif) {
        return new LigneClassee(ligne, ClasseLigne.ERREUR, motif, "", "");
    }

    static LigneClassee dejaSuivie(int ligne, String numeroDossier) {
        return new LigneClassee(ligne, ClasseLigne.DEJA_SUIVIE, "situation ouverte " + numeroDossier, numeroDossier,
                "");
    }
}
