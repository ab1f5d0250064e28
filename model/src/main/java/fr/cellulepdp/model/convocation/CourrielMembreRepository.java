package fr.cellulepdp.model.convocation;

import fr.cellulepdp.model.commun.Repository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Port: the e-mails to the members (convocations, minutes), and the one setting of their distribution. */
public interface CourrielMembreRepository extends Repository<CourrielMembre> {

    /** E-mails that may be tried now: waiting, or failed with their next attempt due. */
    List<CourrielMembre> aEnvoyer(Instant maintenant);

    /** How many are not sent yet (waiting or failed). */
    long nombreEnAttente();

    /** Every e-mail about this meeting, oldest first. */
    List<CourrielMembre> deLaSeance(UUID seanceId);

    /** True when the internal members receive the full signed minutes (partners always get the extract). */
    boolean procesVerbalAuxInternes();

    void choisirProcesVerbalAuxInternes(boolean oui);
}
