package fr.cellulepdp.model.document;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Port: the meetings' folders of the archive of record as they are on disk, read only. */
public interface RayonDocuments {

    /** A file as found: its name relative to the meeting's folder, « / » between folders. */
    record Fichier(String nom, long taille, Instant modifie) {
    }

    /** The PDF files of the meeting's folder and its letters' folder; none when the folder does not exist yet. */
    List<Fichier> fichiers(int numeroSeance);

    /** The meeting's folder (it may not exist yet). */
    Path dossier(int numeroSeance);
}
