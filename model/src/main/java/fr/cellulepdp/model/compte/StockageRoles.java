package fr.cellulepdp.model.compte;

import fr.cellulepdp.model.audit.StockageAudit;

/**
 * Port: what attesting an account's role needs: the accounts (and the trail). The storage object implements it
 * ({@code model/stockage/Stockage}, decision record 0043).
 */
public interface StockageRoles extends StockageAudit {

    CompteRepository comptes();
}
