package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.commun.Repository;
import java.util.Optional;
import java.util.UUID;

/** Port: the meetings, each with its attendance and agenda. */
public interface SeanceRepository extends Repository<Seance> {

    /**
     * A value that changes whenever the meeting or one of its decisions is saved (by this client or another one
     * sharing the database), read in one cheap query: an open meeting window polls it to show the others' entries.
     * Empty for an unknown meeting.
     */
    String marqueurChangements(UUID seanceId);

    /**
     * The first meeting (in the order of {@link #findAll()}) of this status whose agenda holds the request, read
     * without the other meetings: a decision asks it twice, and ten years hold hundreds of meetings.
     */
    Optional<Seance> deStatutAvecDemande(StatutSeance statut, UUID demandeId);
}
