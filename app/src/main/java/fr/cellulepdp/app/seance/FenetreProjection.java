package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.ui.ConvertisseurTexte;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The second window, for the room's screen or the video call: the current item pseudonymised — position, file
 * number, initials, measures, category. Never the NIR, a name or a medical detail, by construction: it reads
 * nothing else. It goes full screen on the screen chosen (see {@link ModeleProjection}).
 */
final class FenetreProjection extends Stage {

    private final Label position = label("projection-position", "projection-petit");
    private final Label dossier = label("projection-dossier", "projection-grand");
    private final Label mesures = label("projection-mesures", "projection-moyen");
    private final Label categorie = label("projection-categorie", "projection-petit");

    private final ModeleProjection projection = new ModeleProjection();
    /** Where the window was before full screen: x, y, width, height. */
    private double[] avant;

    FenetreProjection(ModeleSeance modele) {
        VBox contenu = new VBox(24, position, dossier, mesures, categorie);
        contenu.setAlignment(Pos.CENTER);
        VBox.setVgrow(contenu, Priority.ALWAYS);
        VBox racine = new VBox(barre(), contenu);
        racine.getStyleClass().add("projection");
        Scene scene = new Scene(racine, 1024, 640);
        scene.getStylesheets().add(
                FenetreProjection.class.getResource("/fr/cellulepdp/app/ui/cellule-pdp.css").toExternalForm());
        setScene(scene);
        setTitle("Projection — Cellule PDP");
        Runnable afficher = () -> afficher(modele);
        modele.dossierProperty().addListener((o, a, b) -> afficher.run());
        modele.courantProperty().addListener((o, a, b) -> afficher.run());
        afficher.run();
        pleinEcran();
    }

    /** The choice of screen and the full-screen button; hidden in full screen, where the room sees only the item. */
    private HBox barre() {
        ComboBox<ModeleProjection.Ecran> ecran = new ComboBox<>(projection.ecrans());
        ecran.setId("projection-ecran");
        ecran.setConverter(new ConvertisseurTexte<>(ModeleProjection.Ecran::libelle));
        ecran.valueProperty().bindBidirectional(projection.ecranProperty());
        Label libelle = new Label("_Écran");
        libelle.setMnemonicParsing(true);
        libelle.setLabelFor(ecran);
        Button plein = new Button("Plein écran (F11)");
        plein.setId("projection-plein-ecran");
        plein.setOnAction(e -> projection.pleinEcranProperty().set(true));
        HBox barre = new HBox(10, libelle, ecran, plein);
        barre.setAlignment(Pos.CENTER_LEFT);
        barre.setPadding(new Insets(8));
        barre.getStyleClass().add("projection-barre");
        barre.visibleProperty().bind(projection.pleinEcranProperty().not());
        barre.managedProperty().bind(barre.visibleProperty());
        return barre;
    }

    /** Screens plugged in or out, the screen chosen, F11 and Échap, and full screen left by the system. */
    private void pleinEcran() {
        setFullScreenExitHint("Échap : quitter le plein écran");
        // the model decides on Échap; the system's own exit key would leave it behind
        setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        ListChangeListener<Screen> branches = c -> projection.ecrans(ecrans());
        // the screens are read while the window shows, so that a closed one holds no listener
        setOnShowing(e -> {
            projection.ecrans(ecrans());
            Screen.getScreens().addListener(branches);
        });
        setOnHidden(e -> Screen.getScreens().removeListener(branches));
        projection.ecrans(ecrans());
        getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (projection.touche(e.getCode())) {
                e.consume();
            }
        });
        projection.ecranProperty().addListener((o, a, n) -> placer(n));
        projection.pleinEcranProperty().addListener((o, a, n) -> pleinEcran(n));
        fullScreenProperty().addListener((o, a, n) -> projection.pleinEcranProperty().set(n));
        placer(projection.ecranProperty().get());
    }

    /**
     * Full screen on the chosen screen, the window also laid over the screen's whole area: without a window manager
     * honouring full screen (some projector set-ups, Xvfb) the room still sees only the item. Leaving it puts the
     * window back where it was.
     */
    private void pleinEcran(boolean plein) {
        ModeleProjection.Ecran ecran = projection.ecranProperty().get();
        if (plein && ecran != null) {
            if (avant == null) {
                avant = new double[] {getX(), getY(), getWidth(), getHeight()};
            }
            setX(ecran.x());
            setY(ecran.y());
            setWidth(ecran.largeur());
            setHeight(ecran.hauteur());
        }
        setFullScreen(plein);
        if (!plein && avant != null) {
            setX(avant[0]);
            setY(avant[1]);
            setWidth(avant[2]);
            setHeight(avant[3]);
            avant = null;
        }
    }

    /** Moves the window to the screen (leaving full screen for the move, then back). */
    private void placer(ModeleProjection.Ecran ecran) {
        if (ecran == null) {
            return;
        }
        boolean plein = projection.pleinEcranProperty().get();
        if (plein) {
            pleinEcran(false);
        }
        setX(ecran.x() + Math.max(0, (ecran.largeur() - getScene().getWidth()) / 2));
        setY(ecran.y() + Math.max(0, (ecran.hauteur() - getScene().getHeight()) / 2));
        if (plein) {
            pleinEcran(true);
        }
    }

    private static List<ModeleProjection.Ecran> ecrans() {
        List<Screen> ecrans = Screen.getScreens();
        List<ModeleProjection.Ecran> decrits = new ArrayList<>();
        for (int i = 0; i < ecrans.size(); i++) {
            Screen s = ecrans.get(i);
            // the whole screen: its description and full screen both mean all of it
            Rectangle2D zone = s.getBounds();
            decrits.add(new ModeleProjection.Ecran(i + 1, zone.getMinX(), zone.getMinY(), zone.getWidth(),
                    zone.getHeight(), s.getOutputScaleX(), s.equals(Screen.getPrimary())));
        }
        return decrits;
    }

    private void afficher(ModeleSeance modele) {
        ModeleProjection.Texte texte = ModeleProjection.Texte.de(modele);
        position.setText(texte.position());
        dossier.setText(texte.dossier());
        mesures.setText(texte.mesures());
        categorie.setText(texte.categorie());
    }

    private static Label label(String id, String classe) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(classe);
        label.setWrapText(true);
        return label;
    }
}
