package fr.cellulepdp.model.audit;

import java.util.List;
import java.util.Optional;

/** Port: the append-only audit trail. */
public interface JournalAudit {

    /** Appends an entry with the sequence number it carries (the next one); a taken number is refused. */
    EvenementAudit append(EvenementAudit evenement);

    /**
     * The entries in order of sequence, all at once: for tests and small trails only. The use cases read a trail of ten
     * years (hundreds of thousands of entries, beyond the window's heap) by pages ({@link #suivants},
     * {@link #precedents}) or by object ({@link #parObjets}).
     */
    List<EvenementAudit> findAll();

    /** At most {@code nombre} entries numbered above {@code apres}, oldest first: the check walks the trail by pages. */
    List<EvenementAudit> suivants(long apres, int nombre);

    /** The entries about these objects, in order of sequence (a person's files, requests, decisions, letters). */
    List<EvenementAudit> parObjets(java.util.Set<java.util.UUID> objets);

    /** The entries of these actions, in order of sequence (the accounts' keys and roles: a few among many). */
    List<EvenementAudit> parActions(java.util.Set<String> actions);

    /**
     * At most {@code nombre} entries numbered below {@code avant}, newest first: the trail's screen reads it by pages,
     * never whole (ten years of a cell are hundreds of thousands of entries, beyond the window's heap).
     */
    List<EvenementAudit> precedents(long avant, int nombre);

    /** The last entry, whose hash the next one chains to. */
    Optional<EvenementAudit> dernier();
}
