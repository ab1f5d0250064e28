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
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Makes a document PDF/A-2a and PDF/UA-1: XMP metadata saying so (with the same title, author, subject and producer as the
 * document information), the sRGB output intent the colours refer to, and the language. Fonts are embedded by
 * {@link Composition}.
 */
public final class PdfA {

    static final String PRODUCTEUR = "Cellule PDP (Apache PDFBox)";

    private PdfA() {
    }

    static void appliquer(PDDocument document, Metadonnees meta) throws IOException {
        metadonnees(document, meta);
        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intention = new PDOutputIntent(document, new ByteArrayInputStream(srgb));
        intention.setInfo("sRGB IEC61966-2.1");
        intention.setOutputCondition("sRGB IEC61966-2.1");
        intention.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intention.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intention);
    }

    /**
     * Title, author, subject in the document information and the XMP (PDF/A-2a, PDF/UA-1), the language and the
     * title shown as the window's: also for a file made of others (the letters to post, merged).
     */
    public static void metadonnees(PDDocument document, Metadonnees meta) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(meta.titre());
        info.setAuthor(meta.auteur());
        info.setSubject(meta.sujet());
        info.setProducer(PRODUCTEUR);
        PDMetadata xmp = new PDMetadata(document);
        xmp.importXMPMetadata(xmp(meta).getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(xmp);
        document.getDocumentCatalog().setLanguage("fr-FR");
        // PDF/UA: the window shows the title, not the file's name
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    private static String xmp(Metadonnees meta) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
                + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(meta.titre()) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + xml(meta.auteur()) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(meta.sujet())
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "<dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li></rdf:Bag></dc:language>\n"
                + "<pdf:Producer>" + xml(PRODUCTEUR) + "</pdf:Producer>\n"
                + "</rdf:Description>\n" + EXTENSION_PDFUA + "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    /** PDF/A knows the pdfuaid schema only if the file describes it (ISO 19005-2, 6.6.2.3). */
    private static final String EXTENSION_PDFUA = "<rdf:Description rdf:about=\"\""
            + " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
            + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
            + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
            + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
            + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
            + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
            + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
            + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
            + "<pdfaProperty:name>part</pdfaProperty:name>\n"
            + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
            + "<pdfaProperty:category>internal</pdfaProperty:category>\n"
            + "<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>\n"
            + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
            + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n";

    private static String xml(String texte) {
        return texte.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
