package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.shell.Tableaux;
import fr.cellulepdp.model.seance.DossierSeance;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The second window, for the room's screen or the video call: the current item pseudonymised — position, file
 * number, initials, measures, category. Never the NIR, a name or a medical detail, by construction: it reads
 * nothing else.
 */
final class FenetreProjection extends Stage {

    private final Label position = label("projection-position", "projection-petit");
    private final Label dossier = label("projection-dossier", "projection-grand");
    private final Label mesures = label("projection-mesures", "projection-moyen");
    private final Label categorie = label("projection-categorie", "projection-petit");

    FenetreProjection(ModeleSeance modele) {
        VBox racine = new VBox(24, position, dossier, mesures, categorie);
        racine.setAlignment(Pos.CENTER);
        racine.getStyleClass().add("projection");
        Scene scene = new Scene(racine, 1024, 640);
        scene.getStylesheets().add(
                FenetreProjection.class.getResource("/fr/cellulepdp/app/shell/cellule-pdp.css").toExternalForm());
        setScene(scene);
        setTitle("Projection — Cellule PDP");
        Runnable afficher = () -> afficher(modele);
        modele.dossierProperty().addListener((o, a, b) -> afficher.run());
        modele.courantProperty().addListener((o, a, b) -> afficher.run());
        afficher.run();
    }

    private void afficher(ModeleSeance modele) {
        DossierSeance d = modele.dossier();
        DossierSeance.Point point = modele.pointCourant();
        if (d == null || point == null) {
            position.setText("Séance de la cellule PDP");
            dossier.setText("");
            mesures.setText("");
            categorie.setText("");
            return;
        }
        position.setText("Séance n° " + d.seance().numero() + " — point " + (modele.courantProperty().get() + 1)
                + " sur " + d.points().size());
        dossier.setText(point.pseudonyme());
        mesures.setText(point.demandes().isEmpty() ? "Point de suivi" : Tableaux.majuscule(point.mesures()));
        categorie.setText(point.point().categorie().libelle());
    }

    private static Label label(String id, String classe) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(classe);
        label.setWrapText(true);
        return label;
    }
}
