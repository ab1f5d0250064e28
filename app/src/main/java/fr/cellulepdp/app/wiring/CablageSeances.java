package fr.cellulepdp.app.wiring;

import fr.cellulepdp.model.convocation.ConvoquerSeance;
import fr.cellulepdp.model.convocation.ParametrerDiffusion;
import fr.cellulepdp.model.decision.ControleDecision;
import fr.cellulepdp.model.decision.DeciderEnSeance;
import fr.cellulepdp.model.decision.DeciderEnUrgence;
import fr.cellulepdp.model.decision.GererMotifsTypes;
import fr.cellulepdp.model.decision.RectifierDecision;
import fr.cellulepdp.model.decision.SeancesPourDecider;
import fr.cellulepdp.model.seance.ConsulterSeance;
import fr.cellulepdp.model.seance.DeplacerSeance;
import fr.cellulepdp.model.seance.ListerSeances;
import fr.cellulepdp.model.seance.PreparerSeance;
import fr.cellulepdp.model.seance.SeancesDesDecisions;
import fr.cellulepdp.model.seance.TenirSeance;

/** The use cases of the meetings: planning, convocations, holding them, and the decisions taken in or between. */
public final class CablageSeances {

    private final Socle socle;
    private final CablageDocuments documents;

    CablageSeances(Socle socle, CablageDocuments documents) {
        this.socle = socle;
        this.documents = documents;
    }

    public ListerSeances listerSeances() {
        return new ListerSeances(socle.base(), socle.session());
    }

    public PreparerSeance preparerSeance() {
        return new PreparerSeance(socle.base(), socle.horloge(), socle.session());
    }

    /** Convocations and cancellations of planned meetings, through the outbox. */
    public ConvoquerSeance convoquerSeance() {
        return new ConvoquerSeance(socle.base(), documents.genererDocuments(), socle.horloge(), socle.session());
    }

    public DeplacerSeance deplacerSeance() {
        return new DeplacerSeance(socle.base(), socle.horloge(), socle.session());
    }

    public ParametrerDiffusion parametrerDiffusion() {
        return new ParametrerDiffusion(socle.base(), socle.horloge(), socle.session());
    }

    public TenirSeance tenirSeance() {
        return new TenirSeance(socle.base(), socle.horloge(), socle.session());
    }

    public ConsulterSeance consulterSeance() {
        return new ConsulterSeance(socle.base(), tenirSeance(), socle.session());
    }

    public DeciderEnUrgence deciderEnUrgence() {
        return new DeciderEnUrgence(socle.base(), socle.horloge(), seancesPourDecider(), socle.session());
    }

    public DeciderEnSeance deciderEnSeance() {
        return new DeciderEnSeance(socle.base(), socle.horloge(), seancesPourDecider(), socle.session());
    }

    public RectifierDecision rectifierDecision() {
        return new RectifierDecision(socle.base(), socle.horloge(), seancesPourDecider(), socle.session());
    }

    public ControleDecision controleDecision() {
        return new ControleDecision(socle.base(), socle.horloge(), socle.session());
    }

    public GererMotifsTypes motifsTypes() {
        return new GererMotifsTypes(socle.base(), socle.horloge(), socle.session());
    }

    /** The meetings as the decision use cases see them (decision record 0036). */
    private SeancesPourDecider seancesPourDecider() {
        return new SeancesDesDecisions(socle.base());
    }
}
