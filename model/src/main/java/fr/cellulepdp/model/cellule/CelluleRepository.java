package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.commun.Repository;

/** Port: the cell (one per database). */
public interface CelluleRepository extends Repository<Cellule> {
}
