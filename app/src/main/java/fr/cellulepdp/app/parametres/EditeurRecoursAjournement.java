package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.model.document.MentionsLegales;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Lays out and binds {@link ModeleRecoursAjournement}: whether an adjournment letter gives the appeal route. */
final class EditeurRecoursAjournement extends VBox {

    EditeurRecoursAjournement(ModeleRecoursAjournement modele) {
        super(6);
        CheckBox recours = new CheckBox(MentionsLegales.LIBELLE_RECOURS_SUR_AJOURNEMENT);
        recours.setId("recours-ajournement");
        recours.selectedProperty().bindBidirectional(modele.recoursProperty());
        Button enregistrer = new Button("Enregistrer");
        enregistrer.setId("enregistrer-recours-ajournement");
        enregistrer.setOnAction(e -> modele.enregistrer());
        HBox ligne = new HBox(8, recours, enregistrer);
        ligne.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label aide = new Label("Cochée, un courrier d’ajournement donne, comme un refus, la commission de recours "
                + "amiable de l’annuaire (type « Voie de recours »), son adresse et le délai de deux mois ; "
                + "décochée, il dit que le report n’est pas une décision et ne peut pas faire l’objet d’un recours.");
        aide.setWrapText(true);
        Label etat = new Label();
        etat.setId("etat-recours-ajournement");
        etat.setWrapText(true);
        etat.textProperty().bind(modele.messageProperty());
        getChildren().setAll(Champs.sousTitre("Mentions légales des courriers"), ligne, aide, etat);
        modele.charger();
    }
}
