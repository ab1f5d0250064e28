package fr.cellulepdp.model.mesure;

import fr.cellulepdp.model.audit.StockageAudit;

/**
 * Port: what the catalogue of measures needs. The storage object implements it ({@code model/stockage/Stockage},
 * decision record 0043).
 */
public interface StockageMesures extends StockageAudit {

    CatalogueMesuresRepository catalogueMesures();
}
