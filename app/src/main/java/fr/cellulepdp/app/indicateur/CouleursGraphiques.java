package fr.cellulepdp.app.indicateur;

import fr.cellulepdp.app.ui.Contrastes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The charts' colours, told apart by colour-blind readers (the Okabe–Ito palette): an outcome keeps its colour in
 * every chart — Accord green, Refus red (vermillion), the others blue, orange and grey — and any other series takes
 * the next colour of the palette. The value printed on a bar is black or white, whichever contrasts more.
 */
final class CouleursGraphiques {

    private static final Map<String, String> ISSUES = Map.of(
            "Accord", "#009E73",
            "Accord sous réserve", "#56B4E9",
            "Refus", "#D55E00",
            "Ajournement", "#E69F00",
            "Sans objet", "#999999",
            "Mesure suivie", "#CC79A7");

    /** The palette's other colours, in order, for series that are not outcomes. */
    private static final List<String> SUITE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#000000");

    private CouleursGraphiques() {
    }

    /** The colour of each series, by its name, in order. */
    static List<String> pour(List<String> series) {
        List<String> couleurs = new ArrayList<>();
        int suivante = 0;
        for (String serie : series) {
            String couleur = ISSUES.get(serie);
            if (couleur == null) {
                couleur = SUITE.get(suivante++ % SUITE.size());
            }
            couleurs.add(couleur);
        }
        return couleurs;
    }

    /**
     * The chart's style: Modena colours the n-th series and its legend symbol with the looked-up colour
     * {@code CHART_COLOR_n}, so setting them on the chart colours both.
     */
    static String style(List<String> series) {
        List<String> couleurs = pour(series);
        StringBuilder style = new StringBuilder();
        for (int i = 0; i < couleurs.size() && i < 8; i++) {
            style.append("CHART_COLOR_").append(i + 1).append(": ").append(couleurs.get(i)).append("; ");
        }
        return style.toString().strip();
    }

    /** Black or white, whichever contrasts more with {@code fond} ({@code #RRGGBB}). */
    static String texteSur(String fond) {
        return Contrastes.contraste(fond, "#FFFFFF") > Contrastes.contraste(fond, "#000000") ? "#FFFFFF" : "#000000";
    }

    /** The WCAG 2 contrast ratio of two colours. */
    static double contraste(String a, String b) {
        return Contrastes.contraste(a, b);
    }
}
