package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.document.DossierDocuments;
import fr.cellulepdp.app.indicateur.ExportCsvIndicateurs;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.indicateur.Indicateurs;
import fr.cellulepdp.model.indicateur.Periode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code indicators --from DATE --to DATE (--csv FILE | --pdf FILE | --export FILE)}: the cell's indicators for a
 * period (the current year by default) as the CSV export, the review PDF, or the anonymous signed export that
 * {@code consolidate} adds up with other cells'.
 */
@Command(name = "indicators", description = "Calcule les indicateurs de la cellule sur une période et les écrit "
        + "en CSV (Excel) ou en PDF (bilan).")
public final class CommandeIndicateurs extends SousCommande {

    /** What the command uses, built in the wiring (decision record 0044). */
    public record Besoins(fr.cellulepdp.model.commun.Horloge horloge,
                          fr.cellulepdp.model.indicateur.CalculerIndicateurs calculerIndicateurs,
                          fr.cellulepdp.model.indicateur.EditerBilan editerBilan,
                          fr.cellulepdp.model.consolidation.ExporterBilan exporterBilan) {
    }

    private final Ouverture<Besoins> ouverture;

    public CommandeIndicateurs(Ouverture<Besoins> ouverture) {
        this.ouverture = ouverture;
    }

    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    @Option(names = "--from", paramLabel = "DATE",
            description = "Début de la période (AAAA-MM-JJ ou JJ/MM/AAAA ; par défaut : le 1er janvier de l'année).")
    private String du;

    @Option(names = "--to", paramLabel = "DATE",
            description = "Fin de la période, incluse (par défaut : le 31 décembre de l'année).")
    private String au;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Sortie sortieFichier;

    static final class Sortie {
        @Option(names = "--csv", paramLabel = "FICHIER", required = true,
                description = "Fichier CSV (« ; », UTF-8 avec BOM) à écrire.")
        Path csv;

        @Option(names = "--pdf", paramLabel = "FICHIER", required = true,
                description = "Bilan PDF/A à écrire.")
        Path pdf;

        @Option(names = "--export", paramLabel = "FICHIER", required = true,
                description = "Export anonyme et signé des chiffres de la cellule, pour une consolidation "
                        + "(commande consolidate). Réservé à la coordinatrice.")
        Path export;
    }

    @Override
    public Integer call() throws IOException {
        try (Ouverture.Ouverte<Besoins> ouverte = principale().ouvrir(ouverture)) {
            Besoins besoins = ouverte.besoins();
            int annee = besoins.horloge().aujourdhui().getYear();
            Periode periode = new Periode(du == null ? LocalDate.of(annee, 1, 1) : date("--from", du),
                    au == null ? LocalDate.of(annee, 12, 31) : date("--to", au));
            if (sortieFichier.export != null) {
                DossierDocuments.ecrireAtomiquement(sortieFichier.export,
                        besoins.exporterBilan().exporter(periode));
                sortie().println("Export anonyme et signé du " + periode.du() + " au " + periode.au() + " écrit dans "
                        + sortieFichier.export.toAbsolutePath() + ".");
                sortie().flush();
                return 0;
            }
            Indicateurs indicateurs = besoins.calculerIndicateurs().calculer(periode);
            Path fichier;
            if (sortieFichier.csv != null) {
                fichier = sortieFichier.csv;
                ExportCsvIndicateurs.ecrire(indicateurs, fichier);
            } else {
                fichier = sortieFichier.pdf;
                DossierDocuments.ecrireAtomiquement(fichier, besoins.editerBilan().editer(indicateurs).contenu());
            }
            sortie().println("Indicateurs du " + periode.du() + " au " + periode.au() + " : "
                    + indicateurs.situationsEtudiees().valeur() + " situations étudiées, "
                    + indicateurs.seances().tenues() + " séances ; écrits dans " + fichier.toAbsolutePath() + ".");
            sortie().flush();
            return 0;
        }
    }

    static LocalDate date(String option, String texte) {
        try {
            return texte.contains("/") ? LocalDate.parse(texte, JJ_MM_AAAA) : LocalDate.parse(texte);
        } catch (DateTimeParseException e) {
            throw new SaisieInvalideException(option, "« " + texte + " » n'est pas une date (AAAA-MM-JJ ou "
                    + "JJ/MM/AAAA).");
        }
    }
}
