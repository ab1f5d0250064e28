package fr.cellulepdp.model.demande;

import fr.cellulepdp.model.mesure.StockageMesures;
import fr.cellulepdp.model.situation.AssureRepository;
import fr.cellulepdp.model.situation.SituationRepository;

/**
 * Port: what the requests' use cases need: the requests, their situations and people, and the catalogue they are
 * checked against. The storage object implements it ({@code model/stockage/Stockage}, decision record 0043).
 */
public interface StockageDemandes extends StockageMesures {

    AssureRepository assures();

    SituationRepository situations();

    DemandeRepository demandes();
}
