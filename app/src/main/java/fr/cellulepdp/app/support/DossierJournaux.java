package fr.cellulepdp.app.support;

import ch.qos.logback.core.PropertyDefinerBase;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the log file is written: the user's local (not roaming) application folder of the operating system, so that
 * support finds it under a desktop launcher too. {@code logback.xml} reads it through this property definer.
 */
public final class DossierJournaux extends PropertyDefinerBase {

    /** A folder of one's own: the system property, else the environment variable (tests, IT departments). */
    static final String PROPRIETE = "cellulepdp.journaux";
    static final String VARIABLE = "CELLULE_PDP_JOURNAUX";
    /** The current file; the rolled ones sit beside it with their date. */
    public static final String NOM_FICHIER = "cellule-pdp.log";

    @Override
    public String getPropertyValue() {
        return courant().toString();
    }

    /** The folder of this process. */
    public static Path courant() {
        String force = System.getProperty(PROPRIETE);
        return parDefaut(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"),
                force != null && !force.isBlank() ? force : System.getenv(VARIABLE));
    }

    static Path parDefaut(String systeme, Map<String, String> environnement, String accueil, String dossierForce) {
        if (dossierForce != null && !dossierForce.isBlank()) {
            return Path.of(dossierForce);
        }
        String os = systeme.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = environnement.get("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : Path.of(accueil, "AppData", "Local"))
                    .resolve("CellulePDP").resolve("logs");
        }
        if (os.contains("mac")) {
            return Path.of(accueil, "Library", "Logs", "CellulePDP");
        }
        String xdg = environnement.get("XDG_STATE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(accueil, ".local", "state"))
                .resolve("cellule-pdp").resolve("logs");
    }
}
