package fr.cellulepdp.reports.signature;

import fr.cellulepdp.reports.pdf.Composition;
import fr.cellulepdp.reports.pdf.Metadonnees;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Readies the calling thread for a meeting's pack while another does something else (the command line opens the
 * database meanwhile): lays out a page in both fonts with a signature frame, which parses the fonts for this thread
 * and loads PDFBox, then encrypts it and opens it again with its password, which loads the AES-256 code. In a
 * fresh process this is a large part of the first document's time; nothing is kept but the parsed fonts.
 */
public final class Prechauffage {

    private static final String MOT_DE_PASSE = "prechauffage";

    private Prechauffage() {
    }

    public static void preparerCeFil() {
        preparerCeFil(true);
    }

    /**
     * @param chiffrement false for a pack made unsigned, which encrypts nothing (no e-mailed copy): loading the
     *                    AES-256 code would be CPU taken from the opening of the database on two cores
     */
    public static void preparerCeFil(boolean chiffrement) {
        try (Composition page = new Composition()) {
            page.titre("Cellule PDP");
            page.paragraphe("Préparation des documents de la séance.", Composition.Style.NORMAL);
            page.champSignature(page.cadre(52, 250), "Cellule PDP", "", java.util.List.of("À signer"));
            byte[] pdf = page.terminer(new Metadonnees("Préparation", "Cellule PDP", "Préparation"), "Préparation");
            if (!chiffrement) {
                return;
            }
            try (PDDocument ouvert = Loader.loadPDF(SignaturePades.chiffrer(pdf, MOT_DE_PASSE), MOT_DE_PASSE)) {
                ouvert.getNumberOfPages();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
