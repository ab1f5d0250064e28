package fr.cellulepdp.model.compte;

import fr.cellulepdp.model.cellule.MembreRepository;

/**
 * Port: what the accounts' use cases (login, accounts, signing keys) need. The storage object implements it ({@code
 * model/stockage/Stockage}, decision record 0043).
 */
public interface StockageComptes extends StockageCleMedicale {

    MembreRepository membres();

    /** Who may open the encrypted database file: the key wrapped for each account. */
    AccesChiffre accesChiffre();
}
