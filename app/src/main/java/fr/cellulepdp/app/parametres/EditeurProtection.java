package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.ParametrerProtection;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The cell's data-protection settings: retention period, lock after inactivity (applied at the next start), and
 * whether the coordinatrice reads the medical opinion of the files. Lays out and binds {@link ModeleProtection}.
 */
final class EditeurProtection extends VBox {

    private final ModeleProtection modele;

    EditeurProtection(ModeleProtection modele) {
        super(6);
        this.modele = modele;
        Spinner<Integer> conservation = new Spinner<>(1, ParametrerProtection.CONSERVATION_MAX, 2);
        conservation.setId("protection-conservation");
        conservation.setEditable(true);
        conservation.setPrefWidth(80);
        conservation.getValueFactory().valueProperty().bindBidirectional(modele.conservation);
        Spinner<Integer> verrouillage = new Spinner<>(1, ParametrerProtection.VERROUILLAGE_MAX, 10);
        verrouillage.setId("protection-verrouillage");
        verrouillage.setEditable(true);
        verrouillage.setPrefWidth(80);
        verrouillage.getValueFactory().valueProperty().bindBidirectional(modele.verrouillage);
        CheckBox avisMedical = new CheckBox("La coordinatrice lit l'avis médical des dossiers");
        avisMedical.setId("protection-avis-medical");
        avisMedical.selectedProperty().bindBidirectional(modele.avisMedical);
        Label etat = new Label();
        etat.setId("etat-protection");
        etat.setWrapText(true);
        etat.textProperty().bind(modele.etatProperty());
        Button enregistrer = new Button("Enregistrer");
        enregistrer.setId("enregistrer-protection");
        enregistrer.setOnAction(e -> modele.enregistrer());
        Label libelleConservation = new Label("Conservation des dossiers inactifs (ans)");
        libelleConservation.setLabelFor(conservation);
        Label libelleVerrouillage = new Label("Verrouillage après inactivité (minutes)");
        libelleVerrouillage.setLabelFor(verrouillage);
        HBox ligne = new HBox(10, libelleConservation, conservation, libelleVerrouillage, verrouillage, avisMedical,
                enregistrer);
        ligne.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(Champs.sousTitre("Protection des données"), ligne, etat);
    }

    void afficher(Cellule cellule) {
        modele.afficher(cellule);
    }
}
