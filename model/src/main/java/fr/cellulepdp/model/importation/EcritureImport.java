package fr.cellulepdp.model.importation;

import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Situation;
import java.util.List;
import java.util.UUID;

/**
 * Port: writes one batch of an import's new files, and the people among them who are new. By default in the
 * caller's transaction: the import is one transaction. The persistence module sends each table's rows (files,
 * people, search words) as one JDBC batch instead of going through the repositories' object mapping, and on the
 * embedded H2 file commits each batch on its own, the whole import made all-or-nothing by {@link #commencer},
 * {@link #terminer} and {@link #annuler} instead (issue 22, decision 0051).
 */
@FunctionalInterface
public interface EcritureImport {

    /** A new file and its person, already in the database or {@code nouvelle} (to create with it). */
    record DossierImporte(Situation situation, Assure personne, boolean nouvelle) {
    }

    void ecrire(List<DossierImporte> lot);

    /**
     * Before the import's transaction: the import whose every identifier (people and files) shares the 64 high bits
     * of {@code unIdentifiant} starts. An implementation that commits batch by batch records it, committed, so that
     * an interrupted import is undone (here by {@link #annuler}, or when the database next opens).
     */
    default void commencer(UUID unIdentifiant) {
    }

    /** In the import's transaction, once every batch is written: the import is complete when it commits. */
    default void terminer() {
    }

    /** The import failed (its transaction rolled back): removes the batches already committed, if any. */
    default void annuler() {
    }
}
