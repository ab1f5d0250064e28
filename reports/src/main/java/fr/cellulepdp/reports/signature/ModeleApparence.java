package fr.cellulepdp.reports.signature;

import fr.cellulepdp.model.document.EmplacementSignature;
import fr.cellulepdp.reports.pdf.ApparenceCadre;
import fr.cellulepdp.reports.pdf.Composition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The visible signature PDFBox puts on the frame (its "visual signature template"): a one-page document whose
 * signature field holds the appearance drawn at signing time. Saved whole, so its font is embedded as a subset.
 */
public final class ModeleApparence {

    private ModeleApparence() {
    }

    static byte[] signee(PDRectangle format, EmplacementSignature emplacement, List<String> lignes)
            throws IOException {
        PDRectangle cadre = new PDRectangle(emplacement.x(), emplacement.y(), emplacement.largeur(),
                emplacement.hauteur());
        try (PDDocument modele = new PDDocument()) {
            PDPage page = new PDPage(format);
            modele.addPage(page);
            PDAcroForm formulaire = new PDAcroForm(modele);
            modele.getDocumentCatalog().setAcroForm(formulaire);
            PDSignatureField champ = new PDSignatureField(formulaire);
            PDAnnotationWidget widget = champ.getWidgets().get(0);
            widget.setRectangle(cadre);
            widget.setPage(page);
            widget.setPrinted(true);
            PDType0Font police = Composition.policeReguliere(modele);
            widget.setAppearance(ApparenceCadre.dessiner(police, cadre, lignes, true));
            // drawn in an appearance stream, the font is not on the document's list of fonts to subset
            police.subset();
            page.getAnnotations().add(widget);
            formulaire.getFields().add(champ);
            ByteArrayOutputStream sortie = new ByteArrayOutputStream(30_000);
            modele.save(sortie);
            return sortie.toByteArray();
        }
    }
}
