package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.cellule.MembreRepository;
import fr.cellulepdp.model.demande.StockageDemandes;
import fr.cellulepdp.model.suivi.SuiviRepository;

/**
 * Port: what deciding needs: the decisions and standard reasons, the requests they answer (checked as a request is),
 * the follow-ups a decision creates and the members who sign. The storage object implements it ({@code
 * model/stockage/Stockage}, decision record 0043).
 */
public interface StockageDecisions extends StockageDemandes {

    DecisionRepository decisions();

    MotifTypeRepository motifsTypes();

    MembreRepository membres();

    SuiviRepository suivis();
}
