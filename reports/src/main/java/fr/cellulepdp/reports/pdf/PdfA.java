package fr.cellulepdp.reports.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Makes a document PDF/A-2b: XMP metadata saying so (with the same title, author, subject and producer as the
 * document information), the sRGB output intent the colours refer to, and the language. Fonts are embedded by
 * {@link Composition}.
 */
final class PdfA {

    static final String PRODUCTEUR = "Cellule PDP (Apache PDFBox)";

    private PdfA() {
    }

    static void appliquer(PDDocument document, Metadonnees meta) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(meta.titre());
        info.setAuthor(meta.auteur());
        info.setSubject(meta.sujet());
        info.setProducer(PRODUCTEUR);
        PDMetadata xmp = new PDMetadata(document);
        xmp.importXMPMetadata(xmp(meta).getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(xmp);
        document.getDocumentCatalog().setLanguage("fr-FR");
        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intention = new PDOutputIntent(document, new ByteArrayInputStream(srgb));
        intention.setInfo("sRGB IEC61966-2.1");
        intention.setOutputCondition("sRGB IEC61966-2.1");
        intention.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intention.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intention);
    }

    private static String xmp(Metadonnees meta) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(meta.titre()) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + xml(meta.auteur()) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(meta.sujet())
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "<dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li></rdf:Bag></dc:language>\n"
                + "<pdf:Producer>" + xml(PRODUCTEUR) + "</pdf:Producer>\n"
                + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static String xml(String texte) {
        return texte.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
