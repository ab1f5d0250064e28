package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.MessagesErreur;
import fr.cellulepdp.app.wiring.Services;
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
 * whether the coordinatrice reads the medical opinion of the files.
 */
final class EditeurProtection extends VBox {

    private final Services services;
    private final ExecuteurTaches executeur;
    private final Spinner<Integer> conservation = new Spinner<>(1, ParametrerProtection.CONSERVATION_MAX, 2);
    private final Spinner<Integer> verrouillage = new Spinner<>(1, ParametrerProtection.VERROUILLAGE_MAX, 10);
    private final CheckBox avisMedical = new CheckBox("La coordinatrice lit l'avis médical des dossiers");
    private final Label etat = new Label();

    EditeurProtection(Services services, ExecuteurTaches executeur) {
        super(6);
        this.services = services;
        this.executeur = executeur;
        conservation.setId("protection-conservation");
        conservation.setEditable(true);
        conservation.setPrefWidth(80);
        verrouillage.setId("protection-verrouillage");
        verrouillage.setEditable(true);
        verrouillage.setPrefWidth(80);
        avisMedical.setId("protection-avis-medical");
        etat.setId("etat-protection");
        etat.setWrapText(true);
        Button enregistrer = new Button("Enregistrer");
        enregistrer.setId("enregistrer-protection");
        enregistrer.setOnAction(e -> enregistrer());
        HBox ligne = new HBox(10, new Label("Conservation des dossiers inactifs (ans)"), conservation,
                new Label("Verrouillage après inactivité (minutes)"), verrouillage, avisMedical, enregistrer);
        ligne.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(Champs.sousTitre("Protection des données"), ligne, etat);
    }

    void afficher(Cellule cellule) {
        conservation.getValueFactory().setValue(cellule.conservationAnnees());
        verrouillage.getValueFactory().setValue(cellule.verrouillageMinutes());
        avisMedical.setSelected(cellule.coordinatriceLitAvisMedical());
        etat.setText("");
    }

    private void enregistrer() {
        executeur.executer(() -> services.parametrerProtection().modifier(services.utilisateur(),
                conservation.getValue(), verrouillage.getValue(), avisMedical.isSelected()), c -> {
                    afficher(c);
                    etat.setText("Réglages enregistrés (le délai de verrouillage s'applique au prochain démarrage).");
                }, e -> etat.setText(MessagesErreur.refus("Réglages refusés", e)));
    }
}
