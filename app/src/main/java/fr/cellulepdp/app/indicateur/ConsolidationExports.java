package fr.cellulepdp.app.indicateur;

import fr.cellulepdp.app.document.DossierDocuments;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.consolidation.ConsoliderBilans;
import fr.cellulepdp.model.consolidation.Consolidation;
import fr.cellulepdp.reports.document.GenerateurPdf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads cells' export files for a consolidation and writes its review (CSV or PDF), each file whole or not at all. */
public final class ConsolidationExports {

    /** An export is a few kilobytes: anything much larger is not one, and is not read into memory. */
    private static final long TAILLE_MAX = 1 << 20;

    private ConsolidationExports() {
    }

    public static Consolidation lire(List<Path> fichiers) {
        Map<String, byte[]> contenus = new LinkedHashMap<>();
        for (Path f : fichiers) {
            String nom = f.getFileName().toString();
            try {
                if (Files.size(f) > TAILLE_MAX) {
                    throw new SaisieInvalideException("fichiers", "« " + nom + " » est trop volumineux pour être un "
                            + "export de cellule.");
                }
                if (contenus.put(nom + (contenus.containsKey(nom) ? " (" + f + ")" : ""), Files.readAllBytes(f))
                        != null) {
                    throw new SaisieInvalideException("fichiers", "« " + f + " » est donné deux fois.");
                }
            } catch (IOException e) {
                throw new SaisieInvalideException("fichiers", "impossible de lire « " + f + " » : "
                        + e.getClass().getSimpleName() + ".");
            }
        }
        return ConsoliderBilans.consolider(contenus);
    }

    public static void ecrireCsv(Consolidation c, Path fichier) throws IOException {
        DossierDocuments.ecrireAtomiquement(fichier, c.csv().getBytes(StandardCharsets.UTF_8));
    }

    public static void ecrirePdf(Consolidation c, Path fichier, LocalDate le) throws IOException {
        DossierDocuments.ecrireAtomiquement(fichier, new GenerateurPdf().revue(c, le).contenu());
    }
}
