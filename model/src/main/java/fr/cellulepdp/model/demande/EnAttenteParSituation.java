package fr.cellulepdp.model.demande;

import fr.cellulepdp.model.situation.DemandesEnAttente;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The waiting requests counted for the Situations list ({@link DemandesEnAttente}). */
public final class EnAttenteParSituation implements DemandesEnAttente {

    /** A request waits while it is to study or on an agenda. */
    private static final Set<StatutDemande> EN_ATTENTE = EnumSet.of(StatutDemande.A_ETUDIER, StatutDemande.INSCRITE);

    private final DemandeRepository demandes;

    public EnAttenteParSituation(DemandeRepository demandes) {
        this.demandes = demandes;
    }

    @Override
    public Map<UUID, Long> parSituation(Collection<UUID> situationIds) {
        return demandes.compterParSituation(situationIds, EN_ATTENTE);
    }

    @Override
    public Map<UUID, Long> toutes() {
        return demandes.findAll().stream().filter(d -> EN_ATTENTE.contains(d.statut()))
                .collect(Collectors.groupingBy(Demande::situationId, Collectors.counting()));
    }
}
