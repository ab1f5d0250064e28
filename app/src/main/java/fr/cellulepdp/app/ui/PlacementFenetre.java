package fr.cellulepdp.app.ui;

import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a window opens and how large: the size and position it had when last closed on this computer (kept in the
 * user's Java preferences, per computer) while they still fit a screen, otherwise its wished size within the primary
 * screen's usable area (without the task bar), centred; never smaller than its minimum, never larger than the screen.
 * A window closed maximised opens maximised.
 */
public final class PlacementFenetre {

    private static final Logger LOG = LoggerFactory.getLogger(PlacementFenetre.class);
    /** Where sizes were remembered when this class lived in the shell's package: kept, so none is forgotten. */
    private static final String NOEUD = "/fr/cellulepdp/app/shell";
    /** Below this a form or the meeting view no longer reads well. */
    static final double LARGEUR_MIN = 960;
    static final double HAUTEUR_MIN = 600;

    /** A window's frame; {@code agrandie}: maximised. */
    public record Cadre(double x, double y, double largeur, double hauteur, boolean agrandie) {
    }

    private final Preferences preferences;
    private final double largeurVoulue;
    private final double hauteurVoulue;

    PlacementFenetre(Preferences preferences, double largeurVoulue, double hauteurVoulue) {
        this.preferences = preferences;
        this.largeurVoulue = largeurVoulue;
        this.hauteurVoulue = hauteurVoulue;
    }

    /** The placement of the window named {@code nom} ("principale", "seance"), remembered in the user's preferences. */
    public static PlacementFenetre pour(String nom, double largeurVoulue, double hauteurVoulue) {
        return new PlacementFenetre(Preferences.userRoot().node(NOEUD).node("fenetres").node(nom),
                largeurVoulue, hauteurVoulue);
    }

    /** The frame to open with, on screens whose usable areas are {@code ecrans} (the primary first). */
    Cadre cadre(List<Rectangle2D> ecrans) {
        Rectangle2D principal = ecrans.get(0);
        double largeur = preferences.getDouble("largeur", -1);
        double hauteur = preferences.getDouble("hauteur", -1);
        double x = preferences.getDouble("x", Double.NaN);
        double y = preferences.getDouble("y", Double.NaN);
        boolean agrandie = preferences.getBoolean("agrandie", false);
        if (largeur > 0 && hauteur > 0 && !Double.isNaN(x) && !Double.isNaN(y)) {
            for (Rectangle2D ecran : ecrans) {
                // the title bar must be reachable: its top-left part lies on a screen, and the window fits it
                if (ecran.contains(x + 40, y + 10) && largeur <= ecran.getWidth() && hauteur <= ecran.getHeight()) {
                    return new Cadre(x, y, Math.max(largeur, min(LARGEUR_MIN, ecran.getWidth())),
                            Math.max(hauteur, min(HAUTEUR_MIN, ecran.getHeight())), agrandie);
                }
            }
        }
        double l = Math.min(Math.max(largeurVoulue, min(LARGEUR_MIN, principal.getWidth())), principal.getWidth());
        double h = Math.min(Math.max(hauteurVoulue, min(HAUTEUR_MIN, principal.getHeight())), principal.getHeight());
        return new Cadre(principal.getMinX() + (principal.getWidth() - l) / 2,
                principal.getMinY() + (principal.getHeight() - h) / 2, l, h, agrandie);
    }

    private static double min(double minimum, double ecran) {
        return Math.min(minimum, ecran);
    }

    /** Remembers the frame for the next opening on this computer. */
    void retenir(Cadre cadre) {
        preferences.putBoolean("agrandie", cadre.agrandie());
        if (!cadre.agrandie()) {
            // maximised, the frame is the screen's: the one before is kept for when it is restored
            preferences.putDouble("x", cadre.x());
            preferences.putDouble("y", cadre.y());
            preferences.putDouble("largeur", cadre.largeur());
            preferences.putDouble("hauteur", cadre.hauteur());
        }
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // only the convenience of the next opening is lost
            LOG.warn("Emplacement de la fenêtre non retenu : {}", e.getClass().getName());
        }
    }

    /** Places {@code stage} (before it shows) and remembers where it is when it closes. */
    public void appliquer(Stage stage) {
        List<Rectangle2D> ecrans = new java.util.ArrayList<>();
        ecrans.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream().filter(s -> !s.equals(Screen.getPrimary()))
                .forEach(s -> ecrans.add(s.getVisualBounds()));
        Cadre cadre = cadre(ecrans);
        stage.setMinWidth(Math.min(LARGEUR_MIN, ecrans.get(0).getWidth()));
        stage.setMinHeight(Math.min(HAUTEUR_MIN, ecrans.get(0).getHeight()));
        stage.setX(cadre.x());
        stage.setY(cadre.y());
        stage.setWidth(cadre.largeur());
        stage.setHeight(cadre.hauteur());
        stage.setMaximized(cadre.agrandie());
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> retenir(new Cadre(stage.getX(),
                stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())));
    }
}
