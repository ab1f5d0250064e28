package fr.cellulepdp.app.document;

import fr.cellulepdp.model.document.LecteurImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** The images the settings point to (the letterhead's logo), read from this computer's disk. */
public final class ImagesLocales implements LecteurImages {

    @Override
    public Optional<byte[]> lire(String chemin) {
        try {
            return Optional.of(Files.readAllBytes(Path.of(chemin)));
        } catch (IOException | InvalidPathException e) {
            // a logo moved or deleted: the documents are still made, without it
            return Optional.empty();
        }
    }
}
