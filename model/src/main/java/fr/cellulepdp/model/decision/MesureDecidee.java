package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.DemandeRepository;
import fr.cellulepdp.model.suivi.MesuresDecidees;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The measure of a decision's request ({@link MesuresDecidees}), for the follow-ups list. */
public record MesureDecidee(DecisionRepository decisions, DemandeRepository demandes) implements MesuresDecidees {

    /** The decisions in one query, then their requests in one. */
    @Override
    public Map<UUID, String> libelles(Collection<UUID> decisionIds) {
        Map<UUID, UUID> demandeDe = decisions.findAllById(decisionIds).stream()
                .collect(Collectors.toMap(Decision::id, Decision::demandeId));
        Map<UUID, String> libelleDe = demandes.findAllById(Set.copyOf(demandeDe.values())).stream()
                .collect(Collectors.toMap(Demande::id, d -> d.mesure().libelle()));
        Map<UUID, String> libelles = new HashMap<>();
        demandeDe.forEach((decision, demande) -> libelles.put(decision, libelleDe.get(demande)));
        return libelles;
    }
}
