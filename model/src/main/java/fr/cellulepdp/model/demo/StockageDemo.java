package fr.cellulepdp.model.demo;

import fr.cellulepdp.model.annuaire.StockageAnnuaire;
import fr.cellulepdp.model.seance.StockageSeances;

/**
 * Port: what loading the demonstration data needs: a meeting's whole world (the cell, members, people, files,
 * requests, meetings, decisions, follow-ups, personal codes, the catalogue) and the directory. The storage object
 * implements it ({@code model/stockage/Stockage}, decision record 0043).
 */
public interface StockageDemo extends StockageSeances, StockageAnnuaire {
}
