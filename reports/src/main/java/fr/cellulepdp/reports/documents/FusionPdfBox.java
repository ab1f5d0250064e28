package fr.cellulepdp.reports.documents;

import fr.cellulepdp.model.notification.FusionPdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

/** Letters to print, one after the other, in one file (to print, not to keep: the signatures stay in the originals). */
public final class FusionPdfBox implements FusionPdf {

    @Override
    public byte[] fusionner(List<byte[]> documents) {
        PDFMergerUtility fusion = new PDFMergerUtility();
        documents.forEach(d -> fusion.addSource(new RandomAccessReadBuffer(d)));
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        fusion.setDestinationStream(sortie);
        try {
            fusion.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sortie.toByteArray();
    }
}
