package fr.cellulepdp.app.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * Marks lists and fields that show a record the user may not change (a closed meeting's agenda, items, decision):
 * the style sheet tints them flat ({@code .lecture-seule}), their text kept dark, so that they read whole and never
 * look like an input waiting for one. A style class, not a pseudo-class: changing a pseudo-class did not restyle a
 * choice box's arrow when the mark came before the window showed, a style class restyles the whole node.
 */
public final class LectureSeule {

    public static final String CLASSE = "lecture-seule";

    private LectureSeule() {
    }

    /**
     * Marks each node read-only unless {@code modifiable}, now and as it changes. A view model's property, not a
     * binding made on the spot: such a binding, held by nobody, would be collected and stop following.
     */
    public static void saufSi(ObservableBooleanValue modifiable, Node... noeuds) {
        suivre(modifiable, false, noeuds);
    }

    /** Marks each node read-only while {@code lectureSeule} (a view model's property, as for {@link #saufSi}). */
    public static void si(ObservableBooleanValue lectureSeule, Node... noeuds) {
        suivre(lectureSeule, true, noeuds);
    }

    private static void suivre(ObservableBooleanValue condition, boolean lectureSiVraie, Node... noeuds) {
        for (Node noeud : noeuds) {
            marquer(noeud, condition.get() == lectureSiVraie);
        }
        condition.addListener((o, avant, maintenant) -> {
            for (Node noeud : noeuds) {
                marquer(noeud, maintenant == lectureSiVraie);
            }
        });
    }

    private static void marquer(Node noeud, boolean lectureSeule) {
        if (!lectureSeule) {
            noeud.getStyleClass().remove(CLASSE);
        } else if (!noeud.getStyleClass().contains(CLASSE)) {
            noeud.getStyleClass().add(CLASSE);
        }
    }
}
