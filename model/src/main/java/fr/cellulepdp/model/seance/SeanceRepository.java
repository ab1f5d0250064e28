package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.commun.Repository;

/** Port: the meetings, each with its attendance and agenda. */
public interface SeanceRepository extends Repository<Seance> {
}
