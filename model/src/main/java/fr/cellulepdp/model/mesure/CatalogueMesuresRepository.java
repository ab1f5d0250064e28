package fr.cellulepdp.model.mesure;

import java.util.List;

/** Port: the cell's table of measure limits. */
public interface CatalogueMesuresRepository {

    /** Every rule stored; empty before the first start has written the default catalogue. */
    List<RegleMesure> findAll();

    /** Inserts or replaces the rule of its measure. */
    void save(RegleMesure regle);
}
