package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.demande.DemandeRepository;
import fr.cellulepdp.model.suivi.MesuresDecidees;
import java.util.UUID;

/** The measure of a decision's request ({@link MesuresDecidees}), for the follow-ups list. */
public record MesureDecidee(DecisionRepository decisions, DemandeRepository demandes) implements MesuresDecidees {

    @Override
    public String libelle(UUID decisionId) {
        return demandes.get(decisions.get(decisionId).demandeId()).mesure().libelle();
    }
}
