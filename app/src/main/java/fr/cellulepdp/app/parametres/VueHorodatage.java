package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.ui.Champs;
import fr.cellulepdp.app.ui.Formulaires;
import fr.cellulepdp.app.ui.Validation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Paramètres › Courriers › Horodatage: lays out and binds {@link ModeleHorodatage}. */
final class VueHorodatage extends VBox {

    private final Validation validation = new Validation();

    VueHorodatage(ModeleHorodatage modele) {
        super(8);
        TextField url = Formulaires.texte("horodatage-url", 30, "ex. https://horodatage.exemple.fr/tsa");
        url.textProperty().bindBidirectional(modele.urlProperty());
        validation.lier(url, modele.problemeProperty(ModeleHorodatage.URL));
        TextField compte = Formulaires.texte("horodatage-utilisateur", 16, "vide : sans authentification");
        compte.textProperty().bindBidirectional(modele.utilisateurProperty());
        validation.lier(compte, modele.problemeProperty(ModeleHorodatage.COMPTE));
        PasswordField motDePasse = new PasswordField();
        motDePasse.setId("horodatage-mot-de-passe");
        motDePasse.setPromptText("vide : inchangé");
        motDePasse.textProperty().bindBidirectional(modele.motDePasseProperty());

        GridPane grille = Formulaires.grille();
        Formulaires.ligne(grille, 0, "Serveur d'horodatage (RFC 3161)", url, "Identifiant", compte);
        Formulaires.ligne(grille, 1, "Mot de passe", motDePasse, "", new Label());

        Button enregistrer = new Button("_Enregistrer l'horodatage");
        enregistrer.setId("enregistrer-horodatage");
        enregistrer.setOnAction(e -> modele.enregistrer());
        Button essayer = new Button("Essayer le serveur");
        essayer.setId("essayer-horodatage");
        essayer.setOnAction(e -> modele.essayer());
        HBox actions = new HBox(10, enregistrer, essayer);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label etat = new Label();
        etat.setId("etat-horodatage");
        etat.setWrapText(true);
        etat.textProperty().bind(modele.etatProperty());
        getChildren().setAll(Champs.sousTitre("Horodatage des signatures"), etat, grille, actions,
                Formulaires.message("message-horodatage", modele));
    }
}
