package fr.cellulepdp.reports.document;

import fr.cellulepdp.model.notification.FusionPdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import fr.cellulepdp.reports.pdf.Metadonnees;
import fr.cellulepdp.reports.pdf.PdfA;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

/** Letters to print, one after the other, in one file (to print, not to keep: the signatures stay in the originals). */
public final class FusionPdfBox implements FusionPdf {

    static final String TITRE = "Courriers à imprimer et à poster";

    @Override
    public byte[] fusionner(List<byte[]> documents) {
        PDFMergerUtility fusion = new PDFMergerUtility();
        documents.forEach(d -> fusion.addSource(new RandomAccessReadBuffer(d)));
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        fusion.setDestinationStream(sortie);
        try {
            fusion.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
            return retitre(sortie.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The merger keeps the first letter's title: the batch gets its own (the title a screen reader and the window
     * show). The structure trees of the letters are merged by PDFBox, so the batch stays tagged.
     */
    private static byte[] retitre(byte[] lot) throws IOException {
        try (PDDocument document = Loader.loadPDF(lot)) {
            String auteur = document.getDocumentInformation().getAuthor();
            // the merger writes /Suspects false, which poppler's tools report as a syntax error
            var marque = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.MARK_INFO);
            if (marque != null) {
                marque.removeItem(COSName.getPDFName("Suspects"));
            }
            PdfA.metadonnees(document, new Metadonnees(TITRE, auteur == null ? "" : auteur,
                    "Courriers de la cellule locale PDP, à imprimer"));
            ByteArrayOutputStream sortie = new ByteArrayOutputStream(lot.length);
            document.save(sortie);
            return sortie.toByteArray();
        }
    }
}
