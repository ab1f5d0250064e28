package fr.cellulepdp.reports.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A horizontal bar chart drawn in vector on the page: one bar per label, split into coloured segments (one per
 * series, with a legend when there are several), the total written at the end of the bar. Bars never split
 * across pages. The chart is a tagged figure whose text alternative states every figure; {@link #dessiner} puts
 * the same figures in a table after it (labels too long for the chart are cut there, never in the table).
 */
public final class Histogramme {

    /** Colour-blind-safe palette (Okabe–Ito), one colour per series. */
    private static final float[][] COULEURS = {
            {0.00f, 0.45f, 0.70f}, {0.90f, 0.62f, 0.00f}, {0.80f, 0.47f, 0.65f}, {0.00f, 0.62f, 0.45f},
            {0.34f, 0.71f, 0.91f}, {0.84f, 0.37f, 0.00f}, {0.94f, 0.89f, 0.26f}};
    private static final float HAUTEUR_BARRE = 10f;
    private static final float ECART = 5f;
    private static final float LIGNE_LIBELLE = 9.5f;

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

    /** The chart, then its data table (label, one column per series when there are several, total). */
    public static void dessiner(Composition page, List<String> series, List<Barre> barres) {
        graphique(page, series, barres);
        if (barres.isEmpty()) {
            return;
        }
        List<String> entetes = new ArrayList<>();
        entetes.add("Libellé");
        if (series.size() > 1) {
            entetes.addAll(series);
        }
        entetes.add(series.size() > 1 ? "Total" : "Nombre");
        float[] proportions = new float[entetes.size()];
        proportions[0] = 50;
        for (int i = 1; i < proportions.length; i++) {
            proportions[i] = 50f / (proportions.length - 1);
        }
        List<List<String>> lignes = new ArrayList<>();
        for (Barre barre : barres) {
            List<String> cellules = new ArrayList<>();
            cellules.add(barre.libelle());
            if (series.size() > 1) {
                for (long v : barre.valeurs()) {
                    cellules.add(Long.toString(v));
                }
            }
            cellules.add(Long.toString(barre.total()));
            lignes.add(cellules);
        }
        page.tableau(entetes, proportions, lignes);
    }

    /** The chart alone, for a caller that puts the figures in a table of its own right after it. */
    public static void graphique(Composition page, List<String> series, List<Barre> barres) {
        if (barres.isEmpty()) {
            page.paragraphe("Aucune donnée pour la période.", Composition.Style.PETIT);
            return;
        }
        float largeurLibelle = Composition.largeurUtile() * 0.36f;
        float largeurMax = Composition.largeurUtile() - largeurLibelle - 36;
        long max = Math.max(1, barres.stream().mapToLong(Barre::total).max().orElse(1));
        try {
            page.debutFigure(alternative(series, barres), HAUTEUR_BARRE * 3);
            if (series.size() > 1) {
                legende(page, series);
            }
            for (Barre barre : barres) {
                // a label too long for its column takes two lines (then is cut), the bar as tall as its label
                List<String> libelle = page.couperPetit(barre.libelle(), largeurLibelle - 6, 2);
                float hauteurBarre = Math.max(HAUTEUR_BARRE, libelle.size() * LIGNE_LIBELLE);
                page.garderEnsemble(hauteurBarre + ECART);
                float haut = page.positionVerticale() - ECART;
                float bas = haut - hauteurBarre;
                float ligneY = haut - LIGNE_LIBELLE + 2.5f;
                for (String morceau : libelle) {
                    page.ecrirePetit(morceau, Composition.MARGE, ligneY, largeurLibelle - 6);
                    ligneY -= LIGNE_LIBELLE;
                }
                float x = Composition.MARGE + largeurLibelle;
                float basBarre = haut - (hauteurBarre + HAUTEUR_BARRE) / 2;
                PDPageContentStream flux = page.flux();
                page.debutDessin();
                for (int i = 0; i < barre.valeurs().length; i++) {
                    float largeur = largeurMax * barre.valeurs()[i] / max;
                    if (largeur > 0) {
                        float[] c = COULEURS[i % COULEURS.length];
                        flux.setNonStrokingColor(c[0], c[1], c[2]);
                        flux.addRect(x, basBarre, largeur, HAUTEUR_BARRE);
                        flux.fill();
                        x += largeur;
                    }
                }
                flux.setNonStrokingColor(0f, 0f, 0f);
                page.finDessin();
                page.ecrirePetit(Long.toString(barre.total()), x + 4, basBarre + 2, 40);
                page.descendreA(bas);
            }
            page.finFigure();
            page.espace(8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a reader who cannot see the chart is told: every bar with its figures. */
    static String alternative(List<String> series, List<Barre> barres) {
        StringBuilder texte = new StringBuilder("Graphique en barres, ").append(barres.size())
                .append(barres.size() > 1 ? " barres" : " barre").append(" : ");
        for (int b = 0; b < barres.size(); b++) {
            Barre barre = barres.get(b);
            texte.append(b == 0 ? "" : " ; ").append(barre.libelle()).append(" : ").append(barre.total());
            if (series.size() > 1 && barre.total() > 0) {
                List<String> detail = new ArrayList<>();
                for (int i = 0; i < barre.valeurs().length && i < series.size(); i++) {
                    if (barre.valeurs()[i] > 0) {
                        detail.add(series.get(i).toLowerCase(java.util.Locale.FRENCH) + " " + barre.valeurs()[i]);
                    }
                }
                texte.append(" (").append(String.join(", ", detail)).append(")");
            }
        }
        return texte.append(".").toString();
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
            page.debutDessin();
            flux.setNonStrokingColor(c[0], c[1], c[2]);
            flux.addRect(x, haut - 8, 8, 8);
            flux.fill();
            flux.setNonStrokingColor(0f, 0f, 0f);
            page.finDessin();
            page.ecrirePetit(series.get(i), x + 11, haut - 7.5f, largeurTexte + 2);
            x += 11 + largeurTexte + 14;
        }
        page.descendreA(haut - HAUTEUR_BARRE);
    }
}
