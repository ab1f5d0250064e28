package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.compte.AccesChiffre;
import fr.cellulepdp.model.compte.StockageRoles;

/**
 * Port: what the cell's settings and its members need (attaching an account attests its role). The storage object
 * implements it ({@code model/stockage/Stockage}, decision record 0043).
 */
public interface StockageCellule extends StockageRoles {

    CelluleRepository cellules();

    MembreRepository membres();

    /** Who may open the encrypted database file: the key wrapped for each account. */
    AccesChiffre accesChiffre();
}
