package fr.cellulepdp.app.seance;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.input.KeyCode;

/**
 * View model of the projection window: the screens it may go to, described as the room sees them (« Écran 2 — 1920 ×
 * 1080 »), the one chosen — the first that is not the main one, the room's projector, by default — and full screen,
 * which F11 toggles and Échap leaves. The screens come from the view (JavaFX's {@code Screen}) as plain values, so
 * that this needs no window.
 */
final class ModeleProjection {

    /** What the room reads: the item's place, its pseudonymised file (never a name nor a NIR), measures, category. */
    record Texte(String position, String dossier, String mesures, String categorie) {

        static Texte de(ModeleSeance modele) {
            fr.cellulepdp.model.seance.DossierSeance d = modele.dossier();
            fr.cellulepdp.model.seance.DossierSeance.Point point = modele.pointCourant();
            if (d == null || point == null) {
                return new Texte("Séance de la cellule PDP", "", "", "");
            }
            return new Texte("Séance n° " + d.seance().numero() + " — point " + (modele.courantProperty().get() + 1)
                    + " sur " + d.points().size(), point.pseudonyme(), point.demandes().isEmpty() ? "Point de suivi"
                    : fr.cellulepdp.app.ui.Tableaux.majuscule(point.mesures()), point.point().categorie().libelle());
        }
    }

    /**
     * A screen: its whole area in the window's coordinates and its scale (1.5 at 150 %).
     *
     * @param numero from 1, in the system's order
     */
    record Ecran(int numero, double x, double y, double largeur, double hauteur, double echelle, boolean principal) {

        /** « Écran 2 — 1920 × 1080 », in the screen's own pixels; the main one says so. */
        String libelle() {
            return "Écran " + numero + " — " + Math.round(largeur * echelle) + "\u00a0×\u00a0"
                    + Math.round(hauteur * echelle) + (principal ? " (principal)" : "");
        }
    }

    private final ObservableList<Ecran> ecrans = FXCollections.observableArrayList();
    private final ObjectProperty<Ecran> ecran = new SimpleObjectProperty<>();
    private final BooleanProperty pleinEcran = new SimpleBooleanProperty(false);

    /** The screens connected now (again when one is plugged in or out): the choice stays if its screen does. */
    void ecrans(List<Ecran> connectes) {
        Ecran avant = ecran.get();
        ecrans.setAll(connectes);
        if (avant != null && connectes.stream().anyMatch(e -> e.numero() == avant.numero())) {
            ecran.set(connectes.stream().filter(e -> e.numero() == avant.numero()).findFirst().orElseThrow());
            return;
        }
        // the projector unplugged: back in a window on the main screen rather than full screen on nothing
        if (avant != null) {
            pleinEcran.set(false);
        }
        ecran.set(connectes.stream().filter(e -> !e.principal()).findFirst()
                .orElse(connectes.isEmpty() ? null : connectes.get(0)));
    }

    /** F11 toggles full screen, Échap leaves it; true when the key was used for that. */
    boolean touche(KeyCode code) {
        if (code == KeyCode.F11) {
            pleinEcran.set(!pleinEcran.get());
            return true;
        }
        if (code == KeyCode.ESCAPE && pleinEcran.get()) {
            pleinEcran.set(false);
            return true;
        }
        return false;
    }

    ObservableList<Ecran> ecrans() {
        return ecrans;
    }

    ObjectProperty<Ecran> ecranProperty() {
        return ecran;
    }

    BooleanProperty pleinEcranProperty() {
        return pleinEcran;
    }
}
