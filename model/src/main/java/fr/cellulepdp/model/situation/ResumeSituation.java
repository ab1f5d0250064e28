package fr.cellulepdp.model.situation;

import java.util.UUID;

/** One line of the situations list: what the table shows, already reduced to what the user may see. */
public record ResumeSituation(UUID id, String numeroDossier, String personne, Origine origine, Risque risque,
                              StatutSituation statut, boolean urgent, boolean complexe, String referent,
                              long demandesEnAttente) {
}
