package fr.cellulepdp.app.document;

import fr.cellulepdp.model.document.RayonDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/** The meetings' folders under the data folder's documents/ (« seance-026 », its letters in « courriers/ »). */
public final class RayonDossier implements RayonDocuments {

    private final Path racine;

    public RayonDossier(Path racine) {
        this.racine = racine;
    }

    @Override
    public List<Fichier> fichiers(int numeroSeance) {
        Path dossier = dossier(numeroSeance);
        if (!Files.isDirectory(dossier)) {
            return List.of();
        }
        // the pack's files and its letters; a file being written (".partiel") is not a document yet
        try (Stream<Path> chemins = Files.find(dossier, 2, (chemin, attributs) -> attributs.isRegularFile()
                && chemin.getFileName().toString().endsWith(".pdf"))) {
            return chemins.map(chemin -> fichier(dossier, chemin)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("lecture du dossier « " + dossier + " » impossible : " + e.getMessage(), e);
        }
    }

    private static Fichier fichier(Path dossier, Path chemin) {
        try {
            BasicFileAttributes attributs = Files.readAttributes(chemin, BasicFileAttributes.class);
            String nom = dossier.relativize(chemin).toString().replace('\\', '/');
            return new Fichier(nom, attributs.size(), attributs.lastModifiedTime().toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException("lecture de « " + chemin + " » impossible : " + e.getMessage(), e);
        }
    }

    @Override
    public Path dossier(int numeroSeance) {
        return DossierDocuments.dossier(racine, numeroSeance);
    }
}
