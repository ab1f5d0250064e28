package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.cellule.CelluleRepository;
import fr.cellulepdp.model.cellule.MembreRepository;
import fr.cellulepdp.model.compte.StockageCleMedicale;

/**
 * Port: what the situations' use cases need: the people and their files, the members (référents), the cell's rule on
 * the medical opinion, and for the list how many requests wait; reading a file may decrypt its medical opinion. The
 * storage object implements it ({@code model/stockage/Stockage}, decision record 0043).
 */
public interface StockageSituations extends StockageCleMedicale {

    AssureRepository assures();

    SituationRepository situations();

    MembreRepository membres();

    CelluleRepository cellules();

    /** How many requests wait in each situation, counted by {@code demande} (the Situations list). */
    DemandesEnAttente demandesEnAttente();
}
