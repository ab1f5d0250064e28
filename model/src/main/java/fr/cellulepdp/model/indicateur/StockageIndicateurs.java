package fr.cellulepdp.model.indicateur;

import fr.cellulepdp.model.cellule.CelluleRepository;

/**
 * Port: what the indicators need: the facts they are counted from, and the cell. The storage object implements it
 * ({@code model/stockage/Stockage}, decision record 0043).
 */
public interface StockageIndicateurs {

    CelluleRepository cellules();

    /** The facts the indicators are counted from, read in bulk. */
    SourceIndicateurs indicateurs();
}
