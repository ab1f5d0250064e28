package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.audit.StockageAudit;
import fr.cellulepdp.model.cellule.CelluleRepository;
import fr.cellulepdp.model.cellule.MembreRepository;

/**
 * Port: what the situations' use cases need: the people and their files, the members (référents), the cell's rule on
 * the medical opinion and the key it is encrypted with, and for the list how many requests wait. The storage object
 * implements it ({@code model/stockage/Stockage}, decision record 0043).
 */
public interface StockageSituations extends StockageAudit {

    AssureRepository assures();

    SituationRepository situations();

    MembreRepository membres();

    CelluleRepository cellules();

    /** How many requests wait in each situation, counted by {@code demande} (the Situations list). */
    DemandesEnAttente demandesEnAttente();

    /** The medical key, held by {@code compte}, that encrypts and decrypts the opinions. */
    ChiffreAvisMedical chiffreAvisMedical();
}
