package fr.cellulepdp.model.importation;

import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Situation;
import java.util.List;

/**
 * Port: writes one batch of an import's new files, and the people among them who are new, in the caller's
 * transaction. The persistence module sends each table's rows (files, people, search words) as one JDBC batch
 * instead of going through the repositories' object mapping (issue 22).
 */
@FunctionalInterface
public interface EcritureImport {

    /** A new file and its person, already in the database or {@code nouvelle} (to create with it). */
    record DossierImporte(Situation situation, Assure personne, boolean nouvelle) {
    }

    void ecrire(List<DossierImporte> lot);
}
