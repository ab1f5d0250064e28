package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.RegleQuorum;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The cell's quorum rule: who must be present for the cell to decide. */
final class EditeurQuorum extends VBox {

    private final Services services;
    private final ExecuteurTaches executeur;
    private final Consumer<Exception> erreur;
    private final CheckBox coordinatrice = new CheckBox("La coordinatrice ou sa suppléante");
    private final Spinner<Integer> medicaux = compteur("quorum-medicaux");
    private final Spinner<Integer> sociaux = compteur("quorum-sociaux");
    private final Spinner<Integer> administratifs = compteur("quorum-administratifs");
    private final Label etat = new Label();

    EditeurQuorum(Services services, ExecuteurTaches executeur, Consumer<Exception> erreur) {
        super(6);
        this.services = services;
        this.executeur = executeur;
        this.erreur = erreur;
        coordinatrice.setId("quorum-coordinatrice");
        Button enregistrer = new Button("Enregistrer la règle");
        enregistrer.setId("enregistrer-quorum");
        enregistrer.setOnAction(e -> enregistrer());
        etat.setId("etat-quorum");
        HBox ligne = new HBox(12, coordinatrice, new Label("Référents médicaux"), medicaux, new Label("sociaux"),
                sociaux, new Label("administratifs"), administratifs, enregistrer, etat);
        ligne.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().setAll(Champs.sousTitre("Quorum pour décider"), ligne);
    }

    void afficher(RegleQuorum regle) {
        coordinatrice.setSelected(regle.coordinatriceRequise());
        medicaux.getValueFactory().setValue(regle.referentsMedicauxMin());
        sociaux.getValueFactory().setValue(regle.referentsSociauxMin());
        administratifs.getValueFactory().setValue(regle.referentsAdministratifsMin());
        etat.setText("");
    }

    private void enregistrer() {
        RegleQuorum regle = new RegleQuorum(coordinatrice.isSelected(), medicaux.getValue(), sociaux.getValue(),
                administratifs.getValue());
        executeur.executer(() -> services.parametrerQuorum().modifier(services.utilisateur(), regle),
                c -> etat.setText("Règle enregistrée."), erreur);
    }

    private static Spinner<Integer> compteur(String id) {
        Spinner<Integer> compteur = new Spinner<>(0, 9, 1);
        compteur.setId(id);
        compteur.setPrefWidth(70);
        return compteur;
    }
}
