package fr.cellulepdp.app.indicateur;

import fr.cellulepdp.app.document.DossierDocuments;
import fr.cellulepdp.model.indicateur.Indicateurs;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The figures as a CSV file Excel opens as it is: ";" between fields, UTF-8 with a byte order mark, CRLF, one line
 * per figure (section, label, column, value, definition). Written whole or not at all.
 */
public final class ExportCsvIndicateurs {

    static final String[] COLONNES = {"rubrique", "libelle", "colonne", "valeur", "definition"};
    private static final String BOM = "\uFEFF";

    private ExportCsvIndicateurs() {
    }

    public static String texte(Indicateurs indicateurs) {
        StringWriter texte = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
                .setHeader(COLONNES).build();
        try (CSVPrinter csv = new CSVPrinter(texte, format)) {
            csv.printRecord("Période", "du", "", indicateurs.periode().du().toString(), "");
            csv.printRecord("Période", "au", "", indicateurs.periode().au().toString(), "");
            for (Indicateurs.LigneExport l : indicateurs.lignesExport()) {
                csv.printRecord(l.rubrique(), l.libelle(), l.colonne(), l.valeur(), l.definition());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return BOM + texte;
    }

    public static void ecrire(Indicateurs indicateurs, Path fichier) throws IOException {
        DossierDocuments.ecrireAtomiquement(fichier, texte(indicateurs).getBytes(StandardCharsets.UTF_8));
    }
}
