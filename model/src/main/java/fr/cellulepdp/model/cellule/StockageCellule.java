package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.audit.StockageAudit;
import fr.cellulepdp.model.commun.Horloge;

/**
 * Port: what the cell's settings and its members need; what managing the members does to their accounts is the port
 * {@code ComptesDesMembres}. The storage object implements it ({@code model/stockage/Stockage}, decision record
 * 0043).
 */
public interface StockageCellule extends StockageAudit {

    CelluleRepository cellules();

    MembreRepository membres();

    /** The members' accounts, held by {@code compte}, as managing the members changes them (noted at this clock). */
    ComptesDesMembres comptesDesMembres(Horloge horloge);
}
