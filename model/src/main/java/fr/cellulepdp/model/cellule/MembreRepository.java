package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.commun.Repository;

/** Port: the members of the cell. */
public interface MembreRepository extends Repository<Membre> {
}
