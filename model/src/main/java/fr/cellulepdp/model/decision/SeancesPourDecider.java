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

    /** The meetings still to be held (open or planned) whose agenda holds the request, read in one query. */
    AgendasAVenir agendasAVenir(UUID demandeId);

    /** Where a request stands on the agendas of the meetings still to be held, as read once. */
    interface AgendasAVenir {

        /** The number of the open meeting whose agenda holds the request, if any. */
        Optional<Integer> seanceOuverte();

        /** Takes the request off the planned meeting's agenda, if it is on one; an item left empty goes too. */
        void retirerDeLaSeancePlanifiee();
    }

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
