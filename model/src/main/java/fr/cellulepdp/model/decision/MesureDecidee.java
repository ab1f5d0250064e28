package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.demande.DemandeRepository;
import fr.cellulepdp.model.suivi.MesuresDecidees;
import java.util.UUID;

/** The measure of a decision's request ({@link MesuresDecidees}), for the follow-ups list. */
public final class MesureDecidee implements MesuresDecidees {

    private final DecisionRepository decisions;
    private final DemandeRepository demandes;

    public MesureDecidee(DecisionRepository decisions, DemandeRepository demandes) {
        this.decisions = decisions;
        this.demandes = demandes;
    }

    @Override
    public String libelle(UUID decisionId) {
        return demandes.get(decisions.get(decisionId).demandeId()).mesure().libelle();
    }
}
