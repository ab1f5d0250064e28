package fr.cellulepdp.app.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;

/**
 * The text a reader sees in a PDF, page content and annotations' appearances together (what a viewer or a printer
 * shows), and in it the signature frames that claim a signature: « Signé électroniquement par » and the name
 * on the next line.
 */
public final class CadresVisibles {

    static final String SIGNE = "Signé électroniquement par";

    private CadresVisibles() {
    }

    public static String texte(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                List<PDAnnotation> annotations = page.getAnnotations().stream()
                        .filter(a -> a.getNormalAppearanceStream() != null && a.getRectangle().getWidth() > 0)
                        .toList();
                // each appearance drawn where it shows, into the page itself, on this copy only
                try (PDPageContentStream dessus = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, false, true)) {
                    for (PDAnnotation annotation : annotations) {
                        PDAppearanceStream apparence = annotation.getNormalAppearanceStream();
                        dessus.saveGraphicsState();
                        dessus.transform(Matrix.getTranslateInstance(annotation.getRectangle().getLowerLeftX(),
                                annotation.getRectangle().getLowerLeftY()));
                        dessus.drawForm(new PDFormXObject(apparence.getCOSObject()));
                        dessus.restoreGraphicsState();
                    }
                }
            }
            return new PDFTextStripper().getText(document);
        }
    }

    /** The names the frames reading « Signé électroniquement par » give, in the order of the text. */
    static List<String> signatairesAffiches(byte[] pdf) throws IOException {
        List<String> noms = new ArrayList<>();
        String[] lignes = texte(pdf).split("\\R");
        for (int i = 0; i < lignes.length; i++) {
            if (lignes[i].contains(SIGNE)) {
                noms.add(i + 1 < lignes.length ? lignes[i + 1].strip() : "");
            }
        }
        return noms;
    }
}
