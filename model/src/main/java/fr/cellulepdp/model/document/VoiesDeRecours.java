package fr.cellulepdp.model.document;

import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.decision.AvisMedical;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;

/**
 * Which appeal route a decision letter must give (DESIGN.md §7). Anything refused (a refusal, or the conditions of an
 * accord sous réserve) can be disputed before the caisse's commission de recours amiable; when the refusal rests on
 * the medical service's unfavourable opinion, the dispute is of a medical nature and goes, since 2022, to the
 * commission médicale de recours amiable (art. R142-8 CSS). An adjournment decides nothing on the request: by default
 * its letter says it is not open to appeal, the decision that follows will be; a cell that has decided otherwise
 * ({@link Cellule#recoursSurAjournement()}, decision 0033) gives the commission de recours amiable on it too.
 */
public final class VoiesDeRecours {

    private VoiesDeRecours() {
    }

    public static boolean refuse(Decision decision) {
        return decision.issue() == IssueDecision.REFUS || decision.issue() == IssueDecision.ACCORD_SOUS_RESERVE;
    }

    /** An adjournment whose letter gives the appeal route, because the cell has so decided. */
    public static boolean ajournementAvecRecours(Decision decision, Cellule cellule) {
        return decision.issue() == IssueDecision.AJOURNEMENT && cellule.recoursSurAjournement();
    }

    /** Whether the letter on this decision gives an appeal route (with the body's address and the time limit). */
    public static boolean donneUnRecours(Decision decision, Cellule cellule) {
        return refuse(decision) || ajournementAvecRecours(decision, cellule);
    }

    /** A refusal resting (at least in part) on the medical service's unfavourable opinion. */
    public static boolean motifMedical(Decision decision) {
        return refuse(decision) && decision.avisMedical() == AvisMedical.DEFAVORABLE;
    }
}
