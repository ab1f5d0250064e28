package fr.cellulepdp.model.annuaire;

import fr.cellulepdp.model.audit.StockageAudit;

/**
 * Port: what the directory of organisations needs. The storage object implements it ({@code
 * model/stockage/Stockage}, decision record 0043).
 */
public interface StockageAnnuaire extends StockageAudit {

    /** The directory of organisations letters go to and partners come from. */
    OrganisationRepository organisations();
}
