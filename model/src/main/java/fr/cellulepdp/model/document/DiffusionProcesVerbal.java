package fr.cellulepdp.model.document;

import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.seance.Seance;
import java.util.function.Function;

/**
 * Port: sending the signed minutes to the convoked members, queued inside the transaction that records the meeting's
 * documents. Declared here and implemented by {@code convocation}, which writes the members' e-mails and itself
 * renders the agenda through this package, so that generating the documents does not read the convocations
 * (decision record 0053).
 */
@FunctionalInterface
public interface DiffusionProcesVerbal {

    /**
     * @param extraits the extract for the partners of a given organisation type (the common one for null)
     * @return the number of e-mails queued
     */
    int mettreEnFile(Utilisateur acteur, Seance seance, byte[] procesVerbalSigne,
                     Function<Partenaire, byte[]> extraits);
}
