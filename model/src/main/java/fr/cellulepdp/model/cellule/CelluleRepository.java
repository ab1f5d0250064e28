package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.commun.Repository;
import fr.cellulepdp.model.commun.SaisieInvalideException;

/** Port: the cell (one per database). */
public interface CelluleRepository extends Repository<Cellule> {

    /** The cell, which the documents' letterhead needs; refused in French while it is not set up. */
    default Cellule renseignee() {
        return findAll().stream().findFirst().orElseThrow(() ->
                new SaisieInvalideException("cellule", "la cellule n'est pas renseignée (nom, adresse, signataire)."));
    }
}
