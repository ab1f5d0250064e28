package fr.cellulepdp.model.importation;

import fr.cellulepdp.model.commun.Repository;
import java.util.Optional;
import java.util.UUID;

/** Port: the offer letters produced (one per situation at most) and the cell's wording of that letter. */
public interface MiseADispositionRepository extends Repository<MiseADisposition> {

    Optional<MiseADisposition> findBySituation(UUID situationId);

    /** The cell's wording, when it changed the application's default one. */
    Optional<String> modele();

    void enregistrerModele(String texte);
}
