package fr.cellulepdp.app.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A scroll pane that brings into view the field the keyboard moves to: JavaFX does not, so at 150 % a field below the
 * fold (« Éléments manquants ») took the focus out of sight.
 */
public final class DefilementSuitFocus {

    private DefilementSuitFocus() {
    }

    public static void appliquer(ScrollPane defilement) {
        defilement.sceneProperty().addListener((o, avant, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((p, ancien, noeud) -> montrer(defilement, noeud));
            }
        });
    }

    private static void montrer(ScrollPane defilement, Node noeud) {
        Node contenu = defilement.getContent();
        if (noeud == null || contenu == null || !descendDe(noeud, contenu)) {
            return;
        }
        Bounds champ = contenu.sceneToLocal(noeud.localToScene(noeud.getBoundsInLocal()));
        defilement.setVvalue(position(champ.getMinY(), champ.getMaxY(), defilement.getVvalue(),
                defilement.getViewportBounds().getHeight(), contenu.getBoundsInLocal().getHeight()));
    }

    /**
     * The scroll value (0 to 1) that shows the span {@code haut}–{@code bas} of the content, moving as little as
     * possible from {@code actuelle}: unchanged when it shows already, its top first when it is taller than the view.
     */
    static double position(double haut, double bas, double actuelle, double hauteurVue, double hauteurContenu) {
        double course = hauteurContenu - hauteurVue;
        if (course <= 0) {
            return actuelle;
        }
        double debutVue = actuelle * course;
        if (haut < debutVue || bas - haut > hauteurVue) {
            return Math.max(0, haut / course);
        }
        if (bas > debutVue + hauteurVue) {
            return Math.min(1, (bas - hauteurVue) / course);
        }
        return actuelle;
    }

    private static boolean descendDe(Node noeud, Node parent) {
        for (Node n = noeud; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }
}
