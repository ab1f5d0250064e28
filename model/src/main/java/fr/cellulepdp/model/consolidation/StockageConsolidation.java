package fr.cellulepdp.model.consolidation;

import fr.cellulepdp.model.audit.ClesSignatureRepository;
import fr.cellulepdp.model.audit.StockageAudit;
import fr.cellulepdp.model.indicateur.StockageIndicateurs;

/**
 * Port: what exporting the review for consolidation needs: the indicators, and the signing keys that sign the
 * export. The storage object implements it ({@code model/stockage/Stockage}, decision record 0043).
 */
public interface StockageConsolidation extends StockageIndicateurs, StockageAudit {

    /** Each account's audit-signing key, its private half wrapped under the account's password. */
    ClesSignatureRepository clesSignature();
}
