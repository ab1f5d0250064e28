package fr.cellulepdp.app.convocation;

import fr.cellulepdp.app.ui.Champs;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Paramètres › Séances et décisions: who receives the signed minutes by e-mail. Lays out and binds {@link ModeleDiffusion}. */
public final class EditeurDiffusion extends VBox {

    public EditeurDiffusion(ModeleDiffusion modele) {
        super(6);
        CheckBox auxInternes = new CheckBox("Envoyer aussi le procès-verbal complet signé aux membres internes");
        auxInternes.setId("diffusion-pv-internes");
        modele.auxInternesProperty().addListener((o, avant, oui) -> auxInternes.setSelected(oui));
        auxInternes.setOnAction(e -> modele.choisir(auxInternes.isSelected()));
        Label etat = new Label();
        etat.setWrapText(true);
        etat.textProperty().bind(modele.etatProperty());
        Label explication = new Label("Une fois le procès-verbal signé, les partenaires convoqués reçoivent son "
                + "extrait pseudonymisé par courriel ; les convocations partent depuis la fenêtre de la séance.");
        explication.setWrapText(true);
        getChildren().setAll(Champs.sousTitre("Convocations et procès-verbaux"), explication, auxInternes, etat);
    }
}
