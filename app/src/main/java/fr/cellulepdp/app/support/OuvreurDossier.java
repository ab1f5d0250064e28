package fr.cellulepdp.app.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Shows a folder in the system's file manager (a system edge: tests give their own). */
@FunctionalInterface
public interface OuvreurDossier {

    void ouvrir(Path dossier) throws IOException;

    /** Explorer on Windows, the Finder on macOS, the desktop's file manager elsewhere (xdg-open). */
    static OuvreurDossier systeme() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String programme = os.contains("win") ? "explorer.exe" : os.contains("mac") ? "open" : "xdg-open";
        return dossier -> new ProcessBuilder(List.of(programme, dossier.toAbsolutePath().toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
