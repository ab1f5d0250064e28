package fr.cellulepdp.reports.pdf;

import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The structure tree of a document being laid out (PDF/UA, PDF/A-2a): elements appended in reading order, each
 * piece of page content marked with an MCID that points back to its element through the parent tree, and the
 * annotations (signature fields) tied to their Form element. {@link Composition} calls it as it draws.
 */
public final class Balisage {

    private final PDStructureElement racineDocument;
    private final PDStructureTreeRoot racine = new PDStructureTreeRoot();
    /** The parent tree's entries by key: a page's elements by MCID, or an annotation's element. */
    private final TreeMap<Integer, COSBase> parents = new TreeMap<>();
    private int prochaineCle;

    Balisage(PDDocument document) {
        document.getDocumentCatalog().setStructureTreeRoot(racine);
        // /Marked true alone: a /Suspects false makes poppler's tools report a syntax error
        COSDictionary marque = new COSDictionary();
        marque.setBoolean(COSName.getPDFName("Marked"), true);
        document.getDocumentCatalog().setMarkInfo(new PDMarkInfo(marque));
        racineDocument = new PDStructureElement("Document", racine);
        racine.getCOSObject().setItem(COSName.K, racineDocument);
    }

    PDStructureElement document() {
        return racineDocument;
    }

    /** A new element, last child of {@code parent} (so the tree's order is the order the layout asks for). */
    PDStructureElement element(String type, PDStructureElement parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        enfants(parent).add(element);
        return element;
    }

    /** Gives the page its key in the parent tree (once) and the next MCID on it, recorded as {@code element}'s. */
    int marquer(PDStructureElement element, PDPage page) {
        if (!page.getCOSObject().containsKey(COSName.STRUCT_PARENTS)) {
            page.setStructParents(prochaineCle);
            parents.put(prochaineCle++, new COSArray());
        }
        COSArray elements = (COSArray) parents.get(page.getStructParents());
        int mcid = elements.size();
        elements.add(element);
        if (element.getPage() == null) {
            element.setPage(page);
        }
        if (element.getPage().getCOSObject() == page.getCOSObject()) {
            enfants(element).add(COSInteger.get(mcid));
        } else {
            // content of an element that flowed onto a further page: a reference that names its page
            COSDictionary reference = new COSDictionary();
            reference.setItem(COSName.TYPE, COSName.getPDFName("MCR"));
            reference.setItem(COSName.PG, page);
            reference.setInt(COSName.MCID, mcid);
            enfants(element).add(reference);
        }
        return mcid;
    }

    /** Ties an annotation (a signature field's widget) to {@code element}, in the tab order of its page. */
    void rattacher(PDAnnotation annotation, PDStructureElement element, PDPage page) {
        int cle = prochaineCle++;
        annotation.setStructParent(cle);
        parents.put(cle, element.getCOSObject());
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("OBJR"));
        reference.setItem(COSName.OBJ, annotation);
        reference.setItem(COSName.PG, page);
        enfants(element).add(reference);
        if (element.getPage() == null) {
            element.setPage(page);
        }
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    }

    /** Writes the parent tree; to call once everything is drawn. */
    void terminer() {
        COSArray nums = new COSArray();
        parents.forEach((cle, valeur) -> {
            nums.add(COSInteger.get(cle));
            nums.add(valeur);
        });
        COSDictionary arbre = new COSDictionary();
        arbre.setItem(COSName.NUMS, nums);
        racine.setParentTree(new PDNumberTreeNode(arbre, COSObjectable.class));
        racine.setParentTreeNextKey(prochaineCle);
    }

    private static COSArray enfants(org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode noeud) {
        COSDictionary dictionnaire = noeud.getCOSObject();
        COSBase k = dictionnaire.getDictionaryObject(COSName.K);
        if (k instanceof COSArray tableau) {
            return tableau;
        }
        COSArray tableau = new COSArray();
        if (k != null) {
            tableau.add(k);
        }
        dictionnaire.setItem(COSName.K, tableau);
        return tableau;
    }
}
