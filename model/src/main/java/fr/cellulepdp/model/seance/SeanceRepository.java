package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.commun.Repository;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
     * The meetings (in the order of {@link #findAll()}) of these statuses whose agenda holds the request, read in
     * one go without the other meetings: ten years hold hundreds of meetings, and a decision asks for the open and
     * the planned ones.
     */
    List<Seance> deStatutsAvecDemande(Set<StatutSeance> statuts, UUID demandeId);

    /**
     * Each meeting's decisions and letters counted ({@link ComptesSeance}), by meeting id, in a few queries; a
     * meeting without decisions is absent. Ten years hold some 260 meetings, 150 000 decisions and as many letters:
     * the list read each meeting's decisions and letters whole, for four minutes.
     */
    Map<UUID, ComptesSeance> comptes();
}
