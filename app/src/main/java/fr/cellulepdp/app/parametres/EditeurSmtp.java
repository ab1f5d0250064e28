package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.app.shell.Formulaires;
import fr.cellulepdp.app.shell.ConvertisseurTexte;
import fr.cellulepdp.app.shell.Dialogues;
import fr.cellulepdp.app.shell.Tableaux;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.MessagesErreur;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.notification.EnvoiImpossibleException;
import fr.cellulepdp.model.notification.RegleMotDePasse;
import fr.cellulepdp.model.notification.SecuriteSmtp;
import fr.cellulepdp.model.notification.ServeurSmtp;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The mail server: host, port, security, user, password (stored encrypted; left empty, the saved one is kept),
 * sender; and a test e-mail that shows the server's exact answer when it fails.
 */
final class EditeurSmtp extends VBox {

    private final Services services;
    private final ExecuteurTaches executeur;
    private final Dialogues dialogues;
    private final TextField hote = Champs.texte("smtp-hote", 20);
    private final TextField port = Champs.texte("smtp-port", 5);
    private final ComboBox<SecuriteSmtp> securite = new ComboBox<>();
    private final TextField utilisateur = Champs.texte("smtp-utilisateur", 20);
    private final PasswordField motDePasse = new PasswordField();
    private final TextField expediteur = Champs.texte("smtp-expediteur", 20);
    private final TextField nomExpediteur = Champs.texte("smtp-nom-expediteur", 20);
    private final ComboBox<RegleMotDePasse> regle = new ComboBox<>();
    private final Label etat = new Label();
    private final Label avertissement = new Label();
    /** The rule as saved: choosing a guessable one asks to confirm. */
    private RegleMotDePasse regleEnregistree = RegleMotDePasse.CODE_PERSONNEL;

    EditeurSmtp(Services services, ExecuteurTaches executeur, Dialogues dialogues) {
        super(6);
        this.services = services;
        this.executeur = executeur;
        this.dialogues = dialogues;
        securite.setId("smtp-securite");
        securite.getItems().setAll(SecuriteSmtp.values());
        securite.setConverter(new ConvertisseurTexte<>(Tableaux::texte));
        securite.setValue(SecuriteSmtp.STARTTLS);
        regle.setId("smtp-regle-mot-de-passe");
        regle.getItems().setAll(RegleMotDePasse.values());
        regle.setConverter(new ConvertisseurTexte<>(Tableaux::texte));
        regle.setValue(RegleMotDePasse.CODE_PERSONNEL);
        avertissement.setId("smtp-avertissement-regle");
        avertissement.setWrapText(true);
        avertissement.setMaxWidth(640);
        avertissement.setStyle("-fx-text-fill: #b00020;");
        avertissement.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> regle.getValue() == null ? "" : regle.getValue().avertissement(), regle.valueProperty()));
        motDePasse.setId("smtp-mot-de-passe");
        motDePasse.setPromptText("inchangé si vide");
        etat.setId("etat-smtp");
        etat.setWrapText(true);
        GridPane grille = new GridPane();
        grille.setHgap(10);
        grille.setVgap(6);
        // labels at their whole width, each naming its field (nothing cut at 1366 pixels wide)
        grille.addRow(0, Formulaires.libelle("Serveur", hote), hote, Formulaires.libelle("Port", port), port,
                Formulaires.libelle("Sécurité", securite), securite);
        grille.addRow(1, Formulaires.libelle("Identifiant", utilisateur), utilisateur,
                Formulaires.libelle("Mot de passe", motDePasse), motDePasse);
        grille.addRow(2, Formulaires.libelle("Expéditeur", expediteur), expediteur,
                Formulaires.libelle("Nom", nomExpediteur), nomExpediteur);
        grille.addRow(3, Formulaires.libelle("Mot de passe des courriers joints", regle), regle);
        GridPane.setColumnSpan(regle, 3);
        Button enregistrer = new Button("Enregistrer le serveur");
        enregistrer.setId("enregistrer-smtp");
        enregistrer.setOnAction(e -> enregistrer());
        Button essai = new Button("Envoyer un courriel d'essai…");
        essai.setId("essai-smtp");
        essai.setOnAction(e -> essai());
        HBox actions = new HBox(10, enregistrer, essai, etat);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(Champs.sousTitre("Envoi des courriels"), grille, avertissement, actions);
    }

    void actualiser() {
        executeur.executer(() -> services.parametrerSmtp().lire(services.utilisateur()), this::afficher,
                e -> etat.setText(MessagesErreur.pourUtilisateur(e)));
    }

    private void afficher(Optional<ServeurSmtp> lu) {
        lu.ifPresent(s -> {
            hote.setText(s.hote());
            port.setText(Integer.toString(s.port()));
            securite.setValue(s.securite());
            utilisateur.setText(s.utilisateur());
            expediteur.setText(s.expediteur());
            nomExpediteur.setText(s.nomExpediteur());
            regle.setValue(s.regleMotDePasse());
            regleEnregistree = s.regleMotDePasse();
        });
        motDePasse.clear();
    }

    private void enregistrer() {
        int numero;
        try {
            numero = Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            etat.setText("Refusé : le port doit être un nombre (587 en STARTTLS, 465 en SSL/TLS).");
            return;
        }
        if (regle.getValue().devinable() && regle.getValue() != regleEnregistree && !dialogues.confirmer(
                "Mot de passe des courriers joints", regle.getValue().avertissement()
                        + "\n\nProtéger tout de même les courriers envoyés par courriel de cette façon ?")) {
            etat.setText("Non enregistré : la règle du mot de passe est restée « "
                    + regleEnregistree.libelle() + " ».");
            return;
        }
        char[] saisi = motDePasse.getText().isEmpty() ? null : motDePasse.getText().toCharArray();
        executeur.executer(() -> services.parametrerSmtp().enregistrer(services.utilisateur(), hote.getText(), numero,
                securite.getValue(), utilisateur.getText(), saisi, expediteur.getText(), nomExpediteur.getText(),
                regle.getValue()),
                s -> {
                    afficher(Optional.of(s));
                    etat.setText("Serveur enregistré" + (s.motDePasseChiffre().isEmpty() ? "." : ", mot de passe "
                            + "chiffré."));
                }, e -> etat.setText("Refusé : " + MessagesErreur.pourUtilisateur(e)));
    }

    private void essai() {
        dialogues.demanderTexte("Courriel d'essai", "Adresse à laquelle envoyer le courriel d'essai :")
                .ifPresent(adresse -> executeur.executer(() -> {
                    try {
                        services.envoyerCourriers().essai(services.utilisateur(), adresse.strip());
                        return "Courriel d'essai accepté par le serveur pour " + adresse.strip() + ".";
                    } catch (EnvoiImpossibleException e) {
                        return "Échec de l'envoi. Réponse du serveur : " + e.raison();
                    }
                }, etat::setText, e -> etat.setText(MessagesErreur.pourUtilisateur(e))));
    }
}
