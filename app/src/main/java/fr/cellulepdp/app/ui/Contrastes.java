package fr.cellulepdp.app.ui;

/** The WCAG 2 contrast of two colours written {@code #RRGGBB}: text must reach 4.5:1 on its background (AA). */
public final class Contrastes {

    private Contrastes() {
    }

    /** The WCAG 2 contrast ratio of two colours, from 1 to 21. */
    public static double contraste(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The relative luminance of WCAG 2. */
    public static double luminance(String couleur) {
        double l = 0;
        double[] poids = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(couleur.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            l += poids[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return l;
    }
}
