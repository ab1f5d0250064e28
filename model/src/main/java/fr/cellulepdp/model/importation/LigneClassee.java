package fr.cellulepdp.model.importation;

import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Risque;
import java.time.LocalDate;

/**
 * A row of the preview: its class and, for an error, the French reason; for a new situation, the person
 * (new, or already known with only closed files) and the sick leave to record.
 */
public record LigneClassee(int numeroLigne, ClasseLigne classe, String motif, String dossierExistant,
                           Assure assure, Risque risque, LocalDate debutArret) {

    static LigneClassee erreur(int ligne, String motif) {
        return new LigneClassee(ligne, ClasseLigne.ERREUR, motif, "", null, null, null);
    }

    static LigneClassee dejaSuivie(int ligne, String numeroDossier) {
        return new LigneClassee(ligne, ClasseLigne.DEJA_SUIVIE, "situation ouverte " + numeroDossier, numeroDossier,
                null, null, null);
    }

    /** Initials only: the preview may be shown on screen or printed without exposing names. */
    public String personne() {
        return assure == null ? "" : assure.initiales();
    }
}
