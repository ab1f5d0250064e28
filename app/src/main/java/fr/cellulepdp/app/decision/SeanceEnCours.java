package fr.cellulepdp.app.decision;

import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.decision.SaisieDecision;
import fr.cellulepdp.model.seance.DossierSeance;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What the decision panel needs of the meeting window that holds it: the meeting as last read, who runs it, a
 * confirmation, and the decision use cases run in the background in the user's name. The meeting window's view model
 * implements it, so that {@code app/decision} does not depend on {@code app/seance} (decision record 0036).
 */
public interface SeanceEnCours {

    /** The meeting as last read; null before the first reading. */
    DossierSeance dossier();

    /** The user logged in runs the meeting: rectificatifs are offered to her alone. */
    boolean pilote();

    /** Asks the user (« Annuler » by default); true when they agree. */
    boolean confirmer(String titre, String question);

    /** The problems of the entry as typed, checked in the background. */
    void verifier(SaisieDecision saisie, Consumer<List<Probleme>> resultat);

    /**
     * Records the decision on the request for the meeting, as the client read it ({@code versionLue}); then the
     * meeting is read again. A refusal is shown, then {@code apresRefus} runs.
     */
    void decider(SaisieDecision saisie, long versionLue, Runnable ensuite, Runnable apresRefus);

    /** Records a rectificatif of {@code decisionId}, like {@link #decider}. */
    void rectifier(UUID decisionId, SaisieDecision saisie, Runnable ensuite, Runnable apresRefus);
}
