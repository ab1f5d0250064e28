package fr.cellulepdp.model.memoire;

import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.model.notification.StatutNotification;
import fr.cellulepdp.model.seance.ComptesSeance;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.SeanceRepository;
import fr.cellulepdp.model.seance.StatutSeance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The meetings by date and number; their change marker moves with the meeting and with each of its decisions. */
final class SeancesEnMemoire extends TableEnMemoire<Seance> implements SeanceRepository {

    private final DepotsEnMemoire.Decisions decisions;
    private final DepotsEnMemoire.Notifications notifications;

    SeancesEnMemoire(DepotsEnMemoire.Decisions decisions, DepotsEnMemoire.Notifications notifications) {
        super("Séance", nullsDabord(Seance::date).thenComparingInt(Seance::numero).thenComparing(parId(Seance::id)),
                List.of());
        this.decisions = decisions;
        this.notifications = notifications;
    }

    /** "version/decisions/sum of their versions", as persistence computes it. */
    @Override
    public String marqueurChangements(UUID seanceId) {
        return find(seanceId).map(seance -> {
            List<Decision> siennes = decisions.findBySeance(seanceId);
            return seance.version() + "/" + siennes.size() + "/"
                    + siennes.stream().mapToLong(Decision::version).sum();
        }).orElse("");
    }

    @Override
    public Map<UUID, ComptesSeance> comptes() {
        Map<UUID, ComptesSeance> comptes = new HashMap<>();
        for (Decision decision : decisions.findAll()) {
            if (decision.seanceId() == null) {
                continue;
            }
            List<Notification> lettres = notifications.findByDecision(decision.id());
            long restantes = lettres.stream().filter(n -> n.statut() != StatutNotification.ENVOYEE).count();
            comptes.merge(decision.seanceId(), new ComptesSeance(1, !lettres.isEmpty(), restantes),
                    (a, b) -> new ComptesSeance(a.decisions() + b.decisions(), a.courriers() || b.courriers(),
                            a.courriersRestants() + b.courriersRestants()));
        }
        return comptes;
    }

    @Override
    public List<Seance> deStatutsAvecDemande(Set<StatutSeance> statuts, UUID demandeId) {
        return findAll().stream().filter(s -> statuts.contains(s.statut()) && s.pointDe(demandeId).isPresent())
                .toList();
    }

}
