package fr.cellulepdp.app.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The first page of a PDF as an image, small enough to render in a blink (the preview of the Documents page). */
public final class PremierePage {

    private static final float DPI = 60f;

    private PremierePage() {
    }

    public static BufferedImage rendre(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            if (document.getNumberOfPages() == 0) {
                throw new UncheckedIOException(new IOException("« " + pdf.getFileName() + " » n'a aucune page"));
            }
            return new PDFRenderer(document).renderImageWithDPI(0, DPI);
        } catch (IOException e) {
            throw new UncheckedIOException("aperçu de « " + pdf.getFileName() + " » impossible : " + e.getMessage(),
                    e);
        }
    }
}
