package fr.cellulepdp.reports.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
    private static final float TAILLE_MINIMALE = 5.5f;
    private static final float MARGE = 4f;

    /** The lines as drawn, wrapped at the frame's width, and the font size that lets them all fit. */
    record Ajustement(float taille, List<String> lignes) {
    }

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
            Ajustement ajuste = ajuster(police, lignes, largeur - 2 * MARGE, hauteur - MARGE);
            float interligne = ajuste.taille() * 1.35f;
            float ligneY = hauteur - MARGE - ajuste.taille();
            for (String ligne : ajuste.lignes()) {
                dessin.beginText();
                dessin.setFont(police, ajuste.taille());
                dessin.newLineAtOffset(MARGE, ligneY);
                dessin.showText(ligne);
                dessin.endText();
                ligneY -= interligne;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDAppearanceDictionary apparence = new PDAppearanceDictionary();
        apparence.setNormalAppearance(flux);
        return apparence;
    }

    /**
     * Wraps each line at word boundaries so that a long function or name never runs past the frame (it was cut at
     * the right edge), and steps the size down until every line fits the frame's height; below the smallest legible
     * size the last lines are left out rather than drawn over the border.
     */
    static Ajustement ajuster(PDType0Font police, List<String> lignes, float largeur, float hauteur) {
        try {
            for (float taille = TAILLE; ; taille -= 0.5f) {
                List<String> coupees = new ArrayList<>();
                for (String ligne : lignes) {
                    coupees.addAll(couper(police, taille, ligne, largeur));
                }
                int tiennent = (int) Math.floor((hauteur - taille) / (taille * 1.35f)) + 1;
                if (coupees.size() <= tiennent) {
                    return new Ajustement(taille, coupees);
                }
                if (taille - 0.5f < TAILLE_MINIMALE) {
                    return new Ajustement(taille, coupees.subList(0, Math.max(1, tiennent)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> couper(PDType0Font police, float taille, String ligne, float largeur)
            throws IOException {
        List<String> lignes = new ArrayList<>();
        StringBuilder courante = new StringBuilder();
        for (String mot : ligne.split(" ")) {
            String essai = courante.isEmpty() ? mot : courante + " " + mot;
            if (!courante.isEmpty() && police.getStringWidth(essai) / 1000 * taille > largeur) {
                lignes.add(courante.toString());
                courante = new StringBuilder(mot);
            } else {
                courante = new StringBuilder(essai);
            }
        }
        lignes.add(courante.toString());
        return lignes;
    }
}
