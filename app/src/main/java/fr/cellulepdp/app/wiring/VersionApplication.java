package fr.cellulepdp.app.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application's version, written into a resource by the build. */
public final class VersionApplication {

    private VersionApplication() {
    }

    public static String version() {
        try (InputStream in = VersionApplication.class.getResourceAsStream("/fr/cellulepdp/app/version.properties")) {
            Properties proprietes = new Properties();
            if (in != null) {
                proprietes.load(in);
            }
            return proprietes.getProperty("version", "inconnue");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
