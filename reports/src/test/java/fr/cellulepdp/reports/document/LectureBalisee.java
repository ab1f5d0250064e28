package fr.cellulepdp.reports.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a tagged PDF in the order of its structure tree, as a screen reader reads it: one line per block
 * (heading, paragraph, list item, table cell), « [Figure : alt] » and « [Form : alt] » for figures and signature
 * fields. Artifacts (footers, repeated headers) are left out, as they are by assistive technology.
 */
final class LectureBalisee {

    private static final Set<String> BLOCS = Set.of("H1", "H2", "H3", "P", "LI", "TH", "TD", "Figure", "Form");

    private final Map<COSDictionary, Map<Integer, String>> textes = new HashMap<>();


    static String lire(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSDictionary racine = document.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
            StringBuilder sortie = new StringBuilder();
            new LectureBalisee().parcourir(racine.getDictionaryObject(COSName.K), null, sortie);
            return sortie.toString().replaceAll(" +\n", "\n").replaceAll(" {2,}", " ").strip();
        }
    }

    private void parcourir(COSBase noeud, COSDictionary page, StringBuilder sortie) throws IOException {
        if (noeud instanceof COSObject objet) {
            noeud = objet.getObject();
        }
        if (noeud instanceof COSArray enfants) {
            for (COSBase enfant : enfants) {
                parcourir(enfant, page, sortie);
            }
        } else if (noeud instanceof COSInteger mcid) {
            sortie.append(texte(page, mcid.intValue()));
        } else if (noeud instanceof COSDictionary dictionnaire) {
            COSDictionary pageNoeud = dictionnaire.getCOSDictionary(COSName.PG);
            COSDictionary pageEnCours = pageNoeud == null ? page : pageNoeud;
            if (COSName.getPDFName("MCR").equals(dictionnaire.getCOSName(COSName.TYPE))) {
                sortie.append(texte(pageEnCours, dictionnaire.getInt(COSName.MCID)));
                return;
            }
            if (COSName.getPDFName("OBJR").equals(dictionnaire.getCOSName(COSName.TYPE))) {
                return;
            }
            String type = dictionnaire.getNameAsString(COSName.S);
            if ("Figure".equals(type) || "Form".equals(type)) {
                sortie.append('[').append(type).append(" : ").append(dictionnaire.getString(COSName.ALT)).append("]\n");
                return;
            }
            parcourir(dictionnaire.getDictionaryObject(COSName.K), pageEnCours, sortie);
            if (BLOCS.contains(type)) {
                sortie.append('\n');
            }
        }
    }

    private String texte(COSDictionary page, int mcid) throws IOException {
        Map<Integer, String> parMcid = textes.get(page);
        if (parMcid == null) {
            parMcid = new HashMap<>();
            PDFMarkedContentExtractor extracteur = new PDFMarkedContentExtractor();
            extracteur.processPage(new PDPage(page));
            for (PDMarkedContent contenu : extracteur.getMarkedContents()) {
                List<String> caracteres = new ArrayList<>();
                for (Object element : contenu.getContents()) {
                    if (element instanceof TextPosition position) {
                        caracteres.add(position.getUnicode());
                    }
                }
                parMcid.merge(contenu.getMCID(), String.join("", caracteres), (a, b) -> a + " " + b);
            }
            textes.put(page, parMcid);
        }
        return parMcid.getOrDefault(mcid, "") + " ";
    }
}
