package fr.cellulepdp.app.document;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** A small settings file of this computer beside the database (UTF-8 properties), written whole or not at all. */
public final class ProprietesLocales {

    private ProprietesLocales() {
    }

    /** @return the file's properties, or empty when there is no such file */
    public static Optional<Properties> lire(Path fichier) throws IOException {
        if (!Files.isRegularFile(fichier)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(fichier, StandardCharsets.UTF_8)));
        return Optional.of(p);
    }

    public static void ecrire(Path fichier, Properties p, String commentaire) throws IOException {
        StringWriter texte = new StringWriter();
        p.store(texte, commentaire);
        FichiersPrives.ecrireAtomiquement(fichier, texte.toString().getBytes(StandardCharsets.UTF_8));
    }
}
