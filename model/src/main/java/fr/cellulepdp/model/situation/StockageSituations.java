package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.cellule.CelluleRepository;
import fr.cellulepdp.model.cellule.MembreRepository;
import fr.cellulepdp.model.compte.StockageCleMedicale;
import fr.cellulepdp.model.decision.DecisionRepository;
import fr.cellulepdp.model.demande.DemandeRepository;

/**
 * Port: what the situations' use cases need: the people and their files, the members (référents), and for the list
 * and the person's history the requests and decisions; reading a file may decrypt its medical opinion. The storage
 * object implements it ({@code model/stockage/Stockage}, decision record 0043).
 */
public interface StockageSituations extends StockageCleMedicale {

    AssureRepository assures();

    SituationRepository situations();

    DemandeRepository demandes();

    DecisionRepository decisions();

    MembreRepository membres();

    CelluleRepository cellules();
}
