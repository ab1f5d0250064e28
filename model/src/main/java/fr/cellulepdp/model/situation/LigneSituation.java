package fr.cellulepdp.model.situation;

import java.util.UUID;

/**
 * One file of a page of the Situations list as the store reads it, in one query (decision 0060): the columns the
 * table shows, the person's names as the reader's role may read them (on a server a partner's role reads their first
 * letters only), the social référent's name (empty without one) and how many requests wait.
 * {@link ListerSituations} turns it into the {@link ResumeSituation} the user may see.
 */
public record LigneSituation(UUID id, String numeroDossier, String nom, String prenom, Origine origine, Risque risque,
                             StatutSituation statut, boolean urgent, boolean complexe, String referent,
                             long demandesEnAttente) {
}
