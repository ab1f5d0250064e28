package fr.cellulepdp.model.importation;

import fr.cellulepdp.model.commun.Repository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the offer letters produced (one per situation at most) and the cell's wording of that letter. */
public interface MiseADispositionRepository extends Repository<MiseADisposition> {

    Optional<MiseADisposition> findBySituation(UUID situationId);

    /**
     * The files of the IJ 60 days list still open, in file number order (numerically: PDP-2026-10000 after
     * PDP-2026-9999), each with its letter when it has one, in one query: the Situations page reads them each
     * time it shows, and reading every file of ten years then each one's letter kept the window's background thread
     * busy for seconds.
     */
    List<LigneMiseADisposition> dossiersOuvertsDeLaListe();

    /** The letters not posted yet, by file name: the few of the last import, read along the index by posting date. */
    List<MiseADisposition> nonPostees();

    /** The cell's wording, when it changed the application's default one. */
    Optional<String> modele();

    void enregistrerModele(String texte);
}
