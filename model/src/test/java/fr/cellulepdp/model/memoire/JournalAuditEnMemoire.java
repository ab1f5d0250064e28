package fr.cellulepdp.model.memoire;

import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.model.audit.JournalAudit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The append-only trail keyed by its sequence number, as the table's primary key: an event taking a number already
 * taken is refused, as the second of two clients appending at once is.
 */
final class JournalAuditEnMemoire implements JournalAudit {

    private final CaseEnMemoire<Long, EvenementAudit> evenements;

    JournalAuditEnMemoire(CaseEnMemoire<Long, EvenementAudit> evenements) {
        this.evenements = evenements;
    }

    @Override
    public synchronized EvenementAudit append(EvenementAudit evenement) {
        if (evenements.lire(evenement.sequence()).isPresent()) {
            throw new ViolationDeCleUnique("evenement_audit.numero_sequence", evenement.sequence());
        }
        evenements.ecrire(evenement.sequence(), evenement);
        return evenement;
    }

    @Override
    public List<EvenementAudit> findAll() {
        return evenements.toutes().values().stream().sorted(Comparator.comparingLong(EvenementAudit::sequence))
                .toList();
    }

    @Override
    public List<EvenementAudit> parActions(Set<String> actions) {
        return findAll().stream().filter(e -> actions.contains(e.action())).toList();
    }

    @Override
    public List<EvenementAudit> precedents(long avant, int nombre) {
        return evenements.toutes().values().stream().filter(e -> e.sequence() < avant)
                .sorted(Comparator.comparingLong(EvenementAudit::sequence).reversed()).limit(nombre).toList();
    }

    @Override
    public List<EvenementAudit> suivants(long apres, int nombre) {
        return findAll().stream().filter(e -> e.sequence() > apres).limit(nombre).toList();
    }

    @Override
    public List<EvenementAudit> parObjets(Set<java.util.UUID> objets) {
        return findAll().stream().filter(e -> e.objetId() != null && objets.contains(e.objetId())).toList();
    }

    @Override
    public Optional<EvenementAudit> dernier() {
        return evenements.toutes().values().stream().max(Comparator.comparingLong(EvenementAudit::sequence));
    }
}
