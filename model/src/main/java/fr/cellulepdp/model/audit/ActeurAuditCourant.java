package fr.cellulepdp.model.audit;

/**
 * Who acts now, as the trail sees them, read at each call: the trail's own view of the session. {@code audit} sits
 * below {@code cellule}, so it cannot name the cell's {@code UtilisateurCourant}, which extends this port; the trail's
 * use cases read it and check its right before reading anything (decision record 0044, fifth step).
 */
@FunctionalInterface
public interface ActeurAuditCourant {

    /**
     * @throws IllegalStateException once the session is closed
     */
    ActeurAudit acteur();
}
