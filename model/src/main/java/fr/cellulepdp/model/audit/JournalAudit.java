package fr.cellulepdp.model.audit;

import java.util.List;
import java.util.Optional;

/** Port: the append-only audit trail. */
public interface JournalAudit {

    /** Appends an entry with the sequence number it carries (the next one); a taken number is refused. */
    EvenementAudit append(EvenementAudit evenement);

    /** The entries in order of sequence. */
    List<EvenementAudit> findAll();

    /** The entries of these actions, in order of sequence (the accounts' keys and roles: a few among many). */
    List<EvenementAudit> parActions(java.util.Set<String> actions);

    /** The last entry, whose hash the next one chains to. */
    Optional<EvenementAudit> dernier();
}
