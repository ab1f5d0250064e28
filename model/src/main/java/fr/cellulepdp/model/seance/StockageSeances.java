package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.cellule.CelluleRepository;
import fr.cellulepdp.model.decision.StockageDecisions;
import fr.cellulepdp.model.notification.StockageNotifications;
import fr.cellulepdp.model.situation.StockageSituations;

/**
 * Port: what the meetings need: meetings and approvals of minutes, the cell's quorum, the decisions and requests on
 * their agendas with their people's history, and where their letters stand. The storage object implements it ({@code
 * model/stockage/Stockage}, decision record 0043).
 */
public interface StockageSeances extends StockageDecisions, StockageSituations, StockageNotifications {

    SeanceRepository seances();

    ApprobationProcesVerbalRepository approbationsProcesVerbal();

    CelluleRepository cellules();
}
