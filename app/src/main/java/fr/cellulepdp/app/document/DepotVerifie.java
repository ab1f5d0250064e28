package fr.cellulepdp.app.document;

import fr.cellulepdp.model.commun.Empreintes;
import fr.cellulepdp.model.commun.DepotFichier;
import fr.cellulepdp.persistence.depot.PointDArret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file deposited at one path: written whole and owner-only ({@link FichiersPrives}), then read back and compared
 * with what was meant, before the use case records the export. The kill tests stop a process at
 * {@value #ETAPE}: the file is there, nothing recorded yet.
 */
public record DepotVerifie(Path fichier) implements DepotFichier {

    public static final String ETAPE = "fichier-depose";

    @Override
    public void deposer(byte[] contenu) {
        try {
            FichiersPrives.ecrireAtomiquement(fichier, contenu);
            if (!Empreintes.sha256(Files.readAllBytes(fichier)).equals(Empreintes.sha256(contenu))) {
                throw new IOException("relu différent de ce qui a été écrit");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("« " + fichier + " » : " + e.getMessage(), e);
        }
        PointDArret.atteint(ETAPE);
    }
}
