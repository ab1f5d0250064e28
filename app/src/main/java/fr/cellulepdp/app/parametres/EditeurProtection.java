package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.ui.Champs;
import fr.cellulepdp.app.ui.Formulaires;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.ParametrerProtection;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The cell's data-protection settings: retention period, lock after inactivity (applied at once), and
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
        CheckBox avisMedical = new CheckBox("La coordinatrice lit l’avis médical des dossiers");
        avisMedical.setId("protection-avis-medical");
        avisMedical.selectedProperty().bindBidirectional(modele.avisMedical);
        Label etat = new Label();
        etat.setId("etat-protection");
        etat.setWrapText(true);
        etat.textProperty().bind(modele.etatProperty());
        Button enregistrer = new Button("Enregistrer la protection des données");
        enregistrer.setId("enregistrer-protection");
        enregistrer.setOnAction(e -> modele.enregistrer());
        // one setting a line, labels whole: at 1366 px a single row cut every label and the button
        GridPane grille = new GridPane();
        grille.setHgap(10);
        grille.setVgap(6);
        grille.addRow(0, Formulaires.libelle("Conservation des dossiers inactifs (années)", conservation),
                conservation);
        grille.addRow(1, Formulaires.libelle("Verrouillage après inactivité (minutes)", verrouillage), verrouillage);
        grille.add(avisMedical, 0, 2, 2, 1);
        getChildren().setAll(Champs.sousTitre("Protection des données"), grille, enregistrer, etat);
    }

    void afficher(Cellule cellule) {
        modele.afficher(cellule);
    }
}
