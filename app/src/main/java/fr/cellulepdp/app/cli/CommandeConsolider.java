package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.indicateur.ConsolidationExports;
import fr.cellulepdp.model.consolidation.Consolidation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code consolidate FILE… (--csv F | --pdf F)}: several cells' exports side by side with their total. Run by a
 * regional coordinator on the exports alone: it opens no cell database and asks for no account, since the exports
 * hold no personal data and each is checked against its own signature.
 */
@Command(name = "consolidate", description = "Consolide les exports signés de plusieurs cellules (indicators "
        + "--export) en une revue : une colonne par cellule et le total. Ni base ni compte nécessaires.")
final class CommandeConsolider extends SousCommande {

    @Parameters(arity = "1..*", paramLabel = "EXPORT", description = "Exports de cellules à consolider.")
    private List<Path> exports;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Sortie sortieFichier;

    static final class Sortie {
        @Option(names = "--csv", paramLabel = "FICHIER", required = true,
                description = "Revue consolidée en CSV (« ; », UTF-8 avec BOM).")
        Path csv;

        @Option(names = "--pdf", paramLabel = "FICHIER", required = true,
                description = "Revue consolidée en PDF/A.")
        Path pdf;
    }

    @Override
    public Integer call() throws IOException {
        Consolidation c = ConsolidationExports.lire(exports);
        Path fichier = sortieFichier.csv != null ? sortieFichier.csv : sortieFichier.pdf;
        if (sortieFichier.csv != null) {
            ConsolidationExports.ecrireCsv(c, fichier);
        } else {
            ConsolidationExports.ecrirePdf(c, fichier, java.time.LocalDate.now(fr.cellulepdp.model.commun.Horloge
                    .FUSEAU_PARIS));
        }
        sortie().println(c.cellules().size() + " export(s) vérifié(s) et consolidé(s) (du " + c.periode().du()
                + " au " + c.periode().au() + ") ; revue écrite dans " + fichier.toAbsolutePath() + ".");
        sortie().flush();
        return 0;
    }
}
