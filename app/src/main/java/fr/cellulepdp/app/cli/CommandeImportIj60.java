package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.importation.LecteurListeIj60;
import fr.cellulepdp.app.importation.RapportImport;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.importation.ApercuImport;
import fr.cellulepdp.model.importation.ProgressionImport;
import fr.cellulepdp.model.importation.ResultatImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import-ij60 FILE [--json]}: imports the monthly list; exit code 1 when any row was refused. */
@Command(name = "import-ij60",
        description = "Importe la liste mensuelle des arrêts de travail de 60 jours et plus (CSV).")
final class CommandeImportIj60 extends SousCommande {

    @Parameters(paramLabel = "FICHIER", description = "Le fichier CSV (séparateur ; ou , ; UTF-8 ou Windows-1252).")
    private Path fichier;

    @Option(names = "--json", description = "Rapport au format JSON.")
    private boolean json;

    @Override
    public Integer call() {
        try (Services services = principale().ouvrir()) {
            ApercuImport apercu = services.importerListeIj60()
                    .apercu(services.utilisateur(), LecteurListeIj60.lire(fichier));
            ResultatImport resultat = services.importerListeIj60()
                    .importer(services.utilisateur(), apercu, ProgressionImport.AUCUNE);
            PrintWriter sortie = sortie();
            sortie.println(json ? RapportImport.json(apercu) : RapportImport.texte(apercu, resultat));
            sortie.flush();
            return apercu.erreurs().isEmpty() ? 0 : LigneDeCommande.ECHEC;
        }
    }
}
