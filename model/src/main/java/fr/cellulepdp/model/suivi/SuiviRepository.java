package fr.cellulepdp.model.suivi;

import fr.cellulepdp.model.commun.Repository;
import java.util.List;
import java.util.UUID;

/** Port: the follow-up actions. */
public interface SuiviRepository extends Repository<Suivi> {

    List<Suivi> findBySituation(UUID situationId);

    /**
     * The follow-ups not done yet, along the index by completion date (the reminders and the agenda's proposal read
     * them): ten years hold tens of thousands of done ones.
     */
    List<Suivi> nonRealises();

    /**
     * A page of the Suivis list ({@link SuivisDeLaListe}): the follow-ups the criteria choose, due after its day,
     * each with its file's number, its person's names and its decision's measure, read together along the indexes
     * of the due dates (tens of thousands of follow-ups at ten years: a page reads what it shows).
     */
    SuivisDeLaListe deLaListe(CritereSuivis critere);

    /**
     * These follow-ups were named in a reminder that left at {@code le}: each keeps the latest such time (the Suivis
     * page shows it without reading the reminders).
     */
    void noterRappel(java.util.Collection<UUID> suiviIds, java.time.Instant le);
}
