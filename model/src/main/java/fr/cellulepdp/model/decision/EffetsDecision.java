package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.commun.Stockage;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.suivi.Suivi;
import java.util.UUID;

/**
 * What a final decision does: the request is decided (adjourned, or left without decision, it waits again), and the
 * follow-ups planned with the decision are created. Applied when a meeting closes, and at once for a rectificatif
 * or an urgent decision.
 */
public final class EffetsDecision {

    private final Stockage stockage;

    public EffetsDecision(Stockage stockage) {
        this.stockage = stockage;
    }

    /** @param decision null when the request got no decision */
    public void appliquer(Decision decision, Demande demande) {
        boolean attend = decision == null || decision.issue() == IssueDecision.AJOURNEMENT;
        StatutDemande statut = attend ? StatutDemande.A_ETUDIER : StatutDemande.DECIDEE;
        if (demande.statut() != statut && demande.statut() != StatutDemande.RETIREE) {
            stockage.demandes().save(demande.avecStatut(statut));
        }
        if (decision != null) {
            for (SuiviPrevu prevu : decision.suivisPrevus()) {
                stockage.suivis().save(new Suivi(UUID.randomUUID(), 0, demande.situationId(), decision.id(),
                        prevu.action(), prevu.responsableId(), prevu.echeance(), null, ""));
            }
        }
    }
}
