package fr.cellulepdp.app.cellule;

import fr.cellulepdp.app.ui.Champs;
import fr.cellulepdp.app.ui.Formulaires;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The coordinatrice's own member form (the set-up's second step). Lays out and binds {@link ModeleMaFiche}. */
public final class VueMaFiche extends VBox {

    public VueMaFiche(ModeleMaFiche modele) {
        super(10);
        setId("vue-ma-fiche");
        setPadding(new javafx.geometry.Insets(10, 0, 0, 0));
        Label explication = new Label("Votre fiche de membre : les convocations, les décisions et les procès-verbaux "
                + "vous nomment avec elle. Votre rôle est celui de votre compte (coordinatrice).");
        explication.setWrapText(true);
        Button enregistrer = new Button("Enregistrer ma fiche");
        enregistrer.setId("enregistrer-ma-fiche");
        enregistrer.getStyleClass().add("bouton-principal");
        enregistrer.setOnAction(e -> modele.enregistrer());
        getChildren().setAll(Champs.sousTitre("Votre fiche"), explication,
                new VueFicheMembre(modele.fiche(), FXCollections.observableArrayList(), false), enregistrer,
                Formulaires.message("etat-ma-fiche", modele.fiche()));
    }
}
