package fr.cellulepdp.model.memoire;

import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.model.audit.JournalAudit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The append-only trail keyed by its sequence number, as the table's primary key: an event taking a number already
 * taken is refused, as the second of two clients appending at once is.
 */
final class JournalAuditEnMemoire implements JournalAudit, EtatRestaurable {

    private final TreeMap<Long, EvenementAudit> evenements = new TreeMap<>();

    @Override
    public synchronized EvenementAudit append(EvenementAudit evenement) {
        if (evenements.containsKey(evenement.sequence())) {
            throw new ViolationDeCleUnique("evenement_audit.numero_sequence", evenement.sequence());
        }
        evenements.put(evenement.sequence(), evenement);
        return evenement;
    }

    @Override
    public synchronized List<EvenementAudit> findAll() {
        return List.copyOf(evenements.values());
    }

    @Override
    public synchronized List<EvenementAudit> parActions(Set<String> actions) {
        return evenements.values().stream().filter(e -> actions.contains(e.action())).toList();
    }

    @Override
    public synchronized Optional<EvenementAudit> dernier() {
        return evenements.isEmpty() ? Optional.empty() : Optional.of(evenements.lastEntry().getValue());
    }

    @Override
    public synchronized Runnable photographier() {
        TreeMap<Long, EvenementAudit> copie = new TreeMap<>(evenements);
        return () -> {
            synchronized (this) {
                evenements.clear();
                evenements.putAll(copie);
            }
        };
    }
}
