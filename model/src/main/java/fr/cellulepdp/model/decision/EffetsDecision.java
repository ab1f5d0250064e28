package fr.cellulepdp.model.decision;

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

    private final StockageDecisions stockage;

    public EffetsDecision(StockageDecisions stockage) {
        this.stockage = stockage;
    }

    /**
     * The follow-ups planned with the decision; a measure the cell follows and for which none was planned gets one
     * on its last known day, so that it shows among the follow-ups.
     */
    private java.util.List<SuiviPrevu> suivisPrevus(Decision decision, Demande demande) {
        if (decision.issue() != IssueDecision.SUIVIE || !decision.suivisPrevus().isEmpty()) {
            return decision.suivisPrevus();
        }
        java.time.LocalDate jour = decision.dateFinAccordee() != null ? decision.dateFinAccordee()
                : decision.dateDebutAccordee();
        UUID referent = stockage.situations().get(demande.situationId()).referentSocialId();
        return jour == null ? java.util.List.of() : java.util.List.of(new SuiviPrevu(
                "Faire le point sur la mesure suivie : " + demande.libelleMesure(), referent, jour));
    }

    /** @param decision null when the request got no decision */
    public void appliquer(Decision decision, Demande demande) {
        boolean attend = decision == null || decision.issue() == IssueDecision.AJOURNEMENT;
        StatutDemande statut = attend ? StatutDemande.A_ETUDIER : StatutDemande.DECIDEE;
        if (demande.statut() != statut && demande.statut() != StatutDemande.RETIREE) {
            stockage.demandes().changerStatut(demande, statut);
        }
        if (decision != null) {
            for (SuiviPrevu prevu : suivisPrevus(decision, demande)) {
                stockage.suivis().save(new Suivi(UUID.randomUUID(), 0, demande.situationId(), decision.id(),
                        prevu.action(), prevu.responsableId(), prevu.echeance(), null, ""));
            }
        }
    }
}
