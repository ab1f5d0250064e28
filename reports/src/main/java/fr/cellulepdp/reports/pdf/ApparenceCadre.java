package fr.cellulepdp.reports.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * What a signature frame shows, as its field's own appearance (never page content): « À signer : … » in a dashed
 * frame until signed, then « Signé électroniquement par … » drawn by the signature itself. So a frame reads
 * « signé » only in a file that holds that signature.
 */
public final class ApparenceCadre {

    private static final float TAILLE = 8f;
    private static final float INTERLIGNE = TAILLE * 1.35f;

    private ApparenceCadre() {
    }

    /** @param signe a solid frame (the signature made) rather than a dashed one (waiting for it) */
    public static PDAppearanceDictionary dessiner(PDType0Font police, PDRectangle cadre, List<String> lignes,
                                                  boolean signe) {
        PDAppearanceStream flux = new PDAppearanceStream(new COSStream());
        float largeur = cadre.getWidth();
        float hauteur = cadre.getHeight();
        flux.setBBox(new PDRectangle(largeur, hauteur));
        flux.setResources(new PDResources());
        try (PDAppearanceContentStream dessin = new PDAppearanceContentStream(flux)) {
            dessin.setStrokingColor(0.3f, 0.3f, 0.3f);
            dessin.setLineWidth(0.6f);
            if (!signe) {
                dessin.setLineDashPattern(new float[] {3, 2}, 0);
            }
            dessin.addRect(0.3f, 0.3f, largeur - 0.6f, hauteur - 0.6f);
            dessin.stroke();
            dessin.setNonStrokingColor(0f, 0f, 0f);
            float ligneY = hauteur - 4 - TAILLE;
            for (String ligne : lignes) {
                dessin.beginText();
                dessin.setFont(police, TAILLE);
                dessin.newLineAtOffset(4, ligneY);
                dessin.showText(ligne);
                dessin.endText();
                ligneY -= INTERLIGNE;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDAppearanceDictionary apparence = new PDAppearanceDictionary();
        apparence.setNormalAppearance(flux);
        return apparence;
    }
}
