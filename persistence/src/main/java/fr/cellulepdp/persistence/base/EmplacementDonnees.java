package fr.cellulepdp.persistence.base;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the embedded database lives by default: the user's data folder of the operating system. */
public final class EmplacementDonnees {

    static final String PROPRIETE_DOSSIER = "cellulepdp.data";
    private static final String DOSSIER_APPLICATION = "cellule-pdp";
    private static final String NOM_BASE = "cellule-pdp";

    private EmplacementDonnees() {
    }

    static Path parDefaut(String systeme, Map<String, String> environnement, String accueil, String dossierForce) {
        if (dossierForce != null && !dossierForce.isBlank()) {
            return Path.of(dossierForce).resolve(NOM_BASE);
        }
        String os = systeme.toLowerCase(Locale.ROOT);
        Path dossier;
        if (os.contains("win")) {
            String appData = environnement.get("APPDATA");
            dossier = (appData != null ? Path.of(appData) : Path.of(accueil, "AppData", "Roaming"))
                    .resolve(DOSSIER_APPLICATION);
        } else if (os.contains("mac")) {
            dossier = Path.of(accueil, "Library", "Application Support", DOSSIER_APPLICATION);
        } else {
            String xdg = environnement.get("XDG_DATA_HOME");
            dossier = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(accueil, ".local", "share"))
                    .resolve(DOSSIER_APPLICATION);
        }
        return dossier.resolve(NOM_BASE);
    }
}
