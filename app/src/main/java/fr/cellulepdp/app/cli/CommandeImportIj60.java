package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.importation.LecteurListeIj60;
import fr.cellulepdp.app.importation.RapportImport;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.importation.ApercuImport;
import fr.cellulepdp.model.importation.ImportEnUneLecture;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import-ij60 FILE [--json]}: imports the monthly list; exit code 1 when any row was refused. */
@Command(name = "import-ij60",
        description = "Importe la liste mensuelle des arrêts de travail de 60 jours et plus (CSV).")
public final class CommandeImportIj60 extends SousCommande {

    /** What the command uses, built in the wiring (decision record 0044). */
    public record Besoins(fr.cellulepdp.model.importation.ImporterListeIj60 importerListeIj60) {
    }

    private final Ouverture<Besoins> ouverture;

    public CommandeImportIj60(Ouverture<Besoins> ouverture) {
        this.ouverture = ouverture;
    }

    @Parameters(paramLabel = "FICHIER", description = "Le fichier CSV (séparateur ; ou , ; UTF-8 ou Windows-1252).")
    private Path fichier;

    @Option(names = "--json", description = "Rapport au format JSON.")
    private boolean json;

    @Override
    public Integer call() {
        try (Ouverture.Ouverte<Besoins> ouverte = principale().ouvrir(ouverture)) {
            Besoins besoins = ouverte.besoins();
            LecteurListeIj60.Liste liste;
            ImportEnUneLecture importe;
            try {
                besoins.importerListeIj60().autoriser();
                liste = LecteurListeIj60.ouvrir(fichier);
                PrintWriter erreurs = spec().commandLine().getErr();
                erreurs.println("Lecture, contrôle et import de la liste…");
                erreurs.flush();
                // no preview to confirm here: the rows are classified and written in one reading (decision 0063)
                importe = besoins.importerListeIj60().importerEnUneLecture(liste, new ProgressionTexte(erreurs));
            } catch (SaisieInvalideException refus) {
                if (!json) {
                    throw refus;
                }
                // a script reading --json always gets JSON, even when the file is refused as a whole (unreadable)
                imprimer(RapportImport.jsonFichierRefuse(refus.getMessage()));
                return LigneDeCommande.ECHEC;
            }
            ApercuImport classement = importe.classement();
            imprimer(json ? RapportImport.json(classement, liste.colonnesIgnorees())
                    : RapportImport.texte(classement, importe.resultat(), liste.colonnesIgnorees()));
            return classement.erreurs().isEmpty() ? 0 : LigneDeCommande.ECHEC;
        }
    }

    private void imprimer(String texte) {
        PrintWriter sortie = sortie();
        sortie.println(texte);
        sortie.flush();
    }
}
