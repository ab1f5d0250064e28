package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.demande.DemandeRepository;
import fr.cellulepdp.model.notification.DecisionsNotifiees;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.SituationRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The decisions as their letters read them ({@link DecisionsNotifiees}): a meeting's, and the file of each. */
public record DecisionNotifiee(DecisionRepository decisions, DemandeRepository demandes,
                               SituationRepository situations) implements DecisionsNotifiees {

    @Override
    public List<UUID> deLaSeance(UUID seanceId) {
        return decisions.findBySeance(seanceId).stream().map(Decision::id).toList();
    }

    @Override
    public Optional<Situation> dossier(UUID decisionId) {
        return decisions.find(decisionId).flatMap(d -> demandes.find(d.demandeId()))
                .flatMap(d -> situations.find(d.situationId()));
    }
}
