package fr.cellulepdp.model.suivi;

import fr.cellulepdp.model.commun.Repository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the reminders of follow-ups (one per member and day) and the cell's reminder setting. */
public interface RappelRepository extends Repository<RappelSuivis> {

    Optional<RappelSuivis> findByMembreEtJour(UUID membreId, LocalDate jour);

    /** Reminders that may be tried now: waiting, or failed with their next attempt due. */
    List<RappelSuivis> aEnvoyer(Instant maintenant);

    /**
     * How many reminders have not left (waiting or failed), counted along the index of their status: a round of
     * sending runs every two minutes in the coordinatrice's window, and ten years hold tens of thousands of
     * reminders sent, each with its wording.
     */
    long nombreNonEnvoyes();

    Optional<ReglageRappels> reglage();

    ReglageRappels enregistrerReglage(ReglageRappels reglage);
}
