package fr.cellulepdp.reports.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A horizontal bar chart drawn in vector on the page: one bar per label, split into coloured segments (one per
 * series, with a legend when there are several), the total written at the end of the bar. Bars never split
 * across pages.
 */
public final class Histogramme {

    /** Colour-blind-safe palette (Okabe–Ito), one colour per series. */
    private static final float[][] COULEURS = {
            {0.00f, 0.45f, 0.70f}, {0.90f, 0.62f, 0.00f}, {0.80f, 0.47f, 0.65f}, {0.00f, 0.62f, 0.45f},
            {0.34f, 0.71f, 0.91f}, {0.84f, 0.37f, 0.00f}, {0.94f, 0.89f, 0.26f}};
    private static final float HAUTEUR_BARRE = 10f;
    private static final float ECART = 5f;

    private Histogramme() {
    }

    /** One bar: its label and one value per series. */
    public record Barre(String libelle, long[] valeurs) {
        long total() {
            long total = 0;
            for (long v : valeurs) {
                total += v;
            }
            return total;
        }
    }

    public static void dessiner(Composition page, List<String> series, List<Barre> barres) {
        if (barres.isEmpty()) {
            page.paragraphe("Aucune donnée pour la période.", Composition.Style.PETIT);
            return;
        }
        float largeurLibelle = Composition.largeurUtile() * 0.36f;
        float largeurMax = Composition.largeurUtile() - largeurLibelle - 36;
        long max = Math.max(1, barres.stream().mapToLong(Barre::total).max().orElse(1));
        try {
            if (series.size() > 1) {
                legende(page, series);
            }
            for (Barre barre : barres) {
                page.garderEnsemble(HAUTEUR_BARRE + ECART);
                float haut = page.positionVerticale() - ECART;
                float bas = haut - HAUTEUR_BARRE;
                page.ecrirePetit(barre.libelle(), Composition.MARGE, bas + 2, largeurLibelle - 6);
                float x = Composition.MARGE + largeurLibelle;
                PDPageContentStream flux = page.flux();
                for (int i = 0; i < barre.valeurs().length; i++) {
                    float largeur = largeurMax * barre.valeurs()[i] / max;
                    if (largeur > 0) {
                        float[] c = COULEURS[i % COULEURS.length];
                        flux.setNonStrokingColor(c[0], c[1], c[2]);
                        flux.addRect(x, bas, largeur, HAUTEUR_BARRE);
                        flux.fill();
                        x += largeur;
                    }
                }
                flux.setNonStrokingColor(0f, 0f, 0f);
                page.ecrirePetit(Long.toString(barre.total()), x + 4, bas + 2, 40);
                page.descendreA(bas);
            }
            page.espace(8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void legende(Composition page, List<String> series) throws IOException {
        page.garderEnsemble(HAUTEUR_BARRE + ECART);
        float haut = page.positionVerticale() - ECART;
        float x = Composition.MARGE;
        for (int i = 0; i < series.size(); i++) {
            float largeurTexte = page.largeurPetit(series.get(i));
            if (x + 12 + largeurTexte > Composition.MARGE + Composition.largeurUtile()) {
                page.descendreA(haut - HAUTEUR_BARRE);
                haut = page.positionVerticale() - ECART;
                x = Composition.MARGE;
            }
            float[] c = COULEURS[i % COULEURS.length];
            PDPageContentStream flux = page.flux();
            flux.setNonStrokingColor(c[0], c[1], c[2]);
            flux.addRect(x, haut - 8, 8, 8);
            flux.fill();
            flux.setNonStrokingColor(0f, 0f, 0f);
            page.ecrirePetit(series.get(i), x + 11, haut - 7.5f, largeurTexte + 2);
            x += 11 + largeurTexte + 14;
        }
        page.descendreA(haut - HAUTEUR_BARRE);
    }
}
