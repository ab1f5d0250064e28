package fr.cellulepdp.model.annuaire;

import fr.cellulepdp.model.commun.Repository;

/** Port: the cell's directory of organisations. */
public interface OrganisationRepository extends Repository<Organisation> {
}
