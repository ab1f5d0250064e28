package fr.cellulepdp.app.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * For the tests that need the same prepared data folder (the demo cell loaded, a pack generated) in each test:
 * prepared once per class, then its files copied into each test's folder, which costs a file copy instead of loading
 * the demo again. Every path the files hold must be relative to the data folder.
 */
public final class CopieDeModele {

    private CopieDeModele() {
    }

    /** Copies every file and folder under {@code modele} into {@code dossier}, at the same relative place. */
    public static void copier(Path modele, Path dossier) throws IOException {
        try (Stream<Path> fichiers = Files.walk(modele)) {
            for (Path fichier : fichiers.toList()) {
                Path copie = dossier.resolve(modele.relativize(fichier).toString());
                if (Files.isDirectory(fichier)) {
                    Files.createDirectories(copie);
                } else {
                    Files.copy(fichier, copie);
                }
            }
        }
    }
}
