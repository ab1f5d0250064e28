package fr.cellulepdp.model.audit;

import java.util.List;

/** Port: the append-only audit trail. */
public interface JournalAudit {

    /** Appends an entry; the store assigns its sequence number. */
    EvenementAudit append(EvenementAudit evenement);

    /** The entries in order of sequence. */
    List<EvenementAudit> findAll();
}
