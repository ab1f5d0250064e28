package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.commun.Repository;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.util.Optional;

/** Port: the cell (one per database). */
public interface CelluleRepository extends Repository<Cellule> {

    /** The cell if it is set up (one per database); empty on the first day. */
    default Optional<Cellule> existante() {
        return findAll().stream().findFirst();
    }

    /** The cell, which the documents' letterhead and the settings need; refused in French while it is not set up. */
    default Cellule renseignee() {
        return existante().orElseThrow(() -> new SaisieInvalideException("cellule",
                "la cellule n'est pas encore renseignée (nom, adresse, signataire)."));
    }
}
