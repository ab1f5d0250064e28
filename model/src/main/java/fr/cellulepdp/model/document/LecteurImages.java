package fr.cellulepdp.model.document;

import java.util.Optional;

/** Port: reads an image the settings point to (the letterhead's logo); empty when it cannot be read. */
@FunctionalInterface
public interface LecteurImages {

    Optional<byte[]> lire(String chemin);
}
