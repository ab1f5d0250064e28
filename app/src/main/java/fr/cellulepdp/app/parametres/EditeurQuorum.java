package fr.cellulepdp.app.parametres;

import static fr.cellulepdp.app.shell.Formulaires.libelle;

import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.model.cellule.RegleQuorum;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The cell's quorum rule: who must be present for the cell to decide. Lays out and binds {@link ModeleQuorum}. */
final class EditeurQuorum extends VBox {

    private final ModeleQuorum modele;

    EditeurQuorum(ModeleQuorum modele) {
        super(6);
        this.modele = modele;
        CheckBox coordinatrice = new CheckBox("La coordinatrice ou sa suppléante");
        coordinatrice.setId("quorum-coordinatrice");
        coordinatrice.selectedProperty().bindBidirectional(modele.coordinatrice);
        Spinner<Integer> medicaux = compteur("quorum-medicaux", modele.medicaux);
        Spinner<Integer> sociaux = compteur("quorum-sociaux", modele.sociaux);
        Spinner<Integer> administratifs = compteur("quorum-administratifs", modele.administratifs);
        Button enregistrer = new Button("Enregistrer la règle");
        enregistrer.setId("enregistrer-quorum");
        enregistrer.setOnAction(e -> modele.enregistrer());
        Label etat = new Label();
        etat.setId("etat-quorum");
        etat.textProperty().bind(modele.etatProperty());
        HBox ligne = new HBox(12, coordinatrice, libelle("Référents médicaux", medicaux), medicaux,
                libelle("sociaux", sociaux), sociaux, libelle("administratifs", administratifs), administratifs,
                enregistrer, etat);
        ligne.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().setAll(Champs.sousTitre("Quorum pour décider"), ligne);
    }

    void afficher(RegleQuorum regle) {
        modele.afficher(regle);
    }

    private static Spinner<Integer> compteur(String id, javafx.beans.property.ObjectProperty<Integer> valeur) {
        Spinner<Integer> compteur = new Spinner<>(0, 9, 1);
        compteur.setId(id);
        compteur.setPrefWidth(70);
        compteur.getValueFactory().valueProperty().bindBidirectional(valeur);
        return compteur;
    }
}
