package fr.cellulepdp.reports.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Takes the PDF/A identification (pdfaid) out of a document's XMP metadata: a copy that is about to be encrypted
 * must not claim PDF/A, which forbids encryption. Title, author and the rest stay.
 */
public final class SansPdfA {

    private SansPdfA() {
    }

    public static void retirer(PDDocument document) throws IOException {
        PDMetadata xmp = document.getDocumentCatalog().getMetadata();
        if (xmp == null) {
            return;
        }
        String texte = new String(xmp.toByteArray(), StandardCharsets.UTF_8);
        String sans = texte.replaceAll("\\s*<pdfaid:(\\w+)>[^<]*</pdfaid:\\1>", "")
                .replaceAll("\\s+pdfaid:\\w+=\"[^\"]*\"", "")
                .replaceAll("\\s+xmlns:pdfaid=\"[^\"]*\"", "");
        PDMetadata nouvelle = new PDMetadata(document);
        nouvelle.importXMPMetadata(sans.getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(nouvelle);
    }
}
