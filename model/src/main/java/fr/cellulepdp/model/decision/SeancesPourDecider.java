package fr.cellulepdp.model.decision;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What deciding needs to know of the meetings, and the one change it makes to them: a narrow port, so that
 * {@code decision} does not depend on {@code seance} (the meeting package implements it and already depends on
 * decisions: its file shows them, closing applies them). See decision record 0036.
 */
public interface SeancesPourDecider {

    /**
     * The meeting as it stands for a decision on one request of its agenda.
     *
     * @throws fr.cellulepdp.model.commun.SaisieInvalideException when the meeting is closed or cancelled: its
     *                                                             decisions are locked
     */
    EtatPourDecider etat(UUID seanceId, UUID demandeId);

    /** True when the meeting is closed: its decisions change only by a rectificatif. */
    boolean estCloturee(UUID seanceId);

    /** The number of the open meeting whose agenda holds the request, if any. */
    Optional<Integer> seanceOuverteOu(UUID demandeId);

    /** Takes the request off the agenda of the planned meeting that holds it, if any; an item left empty goes too. */
    void retirerDeLaSeancePlanifiee(UUID demandeId);

    /** Where the request stands on the meeting's agenda. */
    enum Place { ABSENTE, A_DECIDER, A_RATIFIER }

    /**
     * @param ouverte         decisions can be entered (not planned any more, not closed)
     * @param quorumSuffisant quorum reached, or the cell sits without it for a reason given
     * @param manquants       who is missing for the quorum, in words
     */
    record EtatPourDecider(int numero, boolean ouverte, boolean quorumSuffisant, List<String> manquants,
                           Place place) {
    }
}
