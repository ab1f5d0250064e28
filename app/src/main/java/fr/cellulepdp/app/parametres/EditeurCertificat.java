package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.app.shell.Dialogues;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.reports.signature.CertificatAutoSigne;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The files the documents use: the signatory's certificate, a PKCS#12 file chosen on this computer (its password
 * is asked at each signing, never stored) or a self-signed one created here to try signatures; and the letterhead's
 * logo.
 */
final class EditeurCertificat extends VBox {

    private final Services services;
    private final ExecuteurTaches executeur;
    private final Dialogues dialogues;
    private final Consumer<Exception> erreur;
    private final Label chemin = new Label();
    private final Label logo = new Label();

    EditeurCertificat(Services services, ExecuteurTaches executeur, Dialogues dialogues, Consumer<Exception> erreur) {
        super(6);
        this.services = services;
        this.executeur = executeur;
        this.dialogues = dialogues;
        this.erreur = erreur;
        chemin.setId("chemin-certificat");
        Button choisir = new Button("Choisir le fichier .p12…");
        choisir.setId("choisir-certificat");
        choisir.setOnAction(e -> choisir());
        Button creer = new Button("Créer un certificat d'essai…");
        creer.setId("creer-certificat");
        creer.setOnAction(e -> creerCertificatDEssai());
        HBox ligne = new HBox(12, new Label("Certificat de signature :"), chemin, choisir, creer);
        ligne.setAlignment(Pos.CENTER_LEFT);
        logo.setId("chemin-logo");
        Button choisirLogo = new Button("Choisir l'image du logo…");
        choisirLogo.setId("choisir-logo");
        choisirLogo.setOnAction(e -> choisirLogo());
        HBox ligneLogo = new HBox(12, new Label("Logo de l'en-tête :"), logo, choisirLogo);
        ligneLogo.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(Champs.sousTitre("Documents : signature et en-tête"), ligne, ligneLogo);
    }

    void afficher(Optional<Cellule> cellule) {
        chemin.setText(cellule.map(Cellule::certificatSignature).filter(c -> !c.isEmpty()).orElse("aucun"));
        logo.setText(cellule.map(Cellule::logo).filter(c -> !c.isEmpty()).orElse("aucun"));
    }

    private void choisir() {
        FileChooser choix = new FileChooser();
        choix.setTitle("Certificat de signature (PKCS#12)");
        choix.getExtensionFilters().add(new FileChooser.ExtensionFilter("Certificats PKCS#12", "*.p12", "*.pfx"));
        Optional.ofNullable(choix.showOpenDialog(getScene().getWindow())).map(java.io.File::toPath)
                .ifPresent(this::enregistrer);
    }

    private void choisirLogo() {
        FileChooser choix = new FileChooser();
        choix.setTitle("Logo de la cellule");
        choix.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images", "*.png", "*.jpg", "*.jpeg"));
        Optional.ofNullable(choix.showOpenDialog(getScene().getWindow())).map(java.io.File::toPath)
                .ifPresent(fichier -> executeur.executer(() -> services.parametrerDocuments()
                        .choisirLogo(services.utilisateur(), fichier.toAbsolutePath().toString()),
                        c -> afficher(Optional.of(c)), erreur));
    }

    /** A self-signed certificate in the data folder, protected by the password the coordinatrice chooses. */
    private void creerCertificatDEssai() {
        Optional<char[]> motDePasse = dialogues.demanderMotDePasse("Certificat d'essai",
                "Mot de passe du nouveau certificat (il sera demandé à chaque signature) :");
        if (motDePasse.isEmpty() || motDePasse.get().length < 4) {
            motDePasse.ifPresent(m -> dialogues.erreur("Certificat", "Le mot de passe doit faire au moins 4 "
                    + "caractères."));
            return;
        }
        executeur.executer(() -> {
            Cellule cellule = services.stockage().cellules().renseignee();
            Path fichier = services.dossierDonnees().resolve("certificat-essai-signataire.p12");
            byte[] pkcs12 = CertificatAutoSigne.creer(cellule.signataire(), cellule.cpam(), motDePasse.get(),
                    services.horloge().maintenant());
            Files.write(fichier, pkcs12);
            fr.cellulepdp.app.document.CertificatsPublics.garder(services.dossierDonnees(), pkcs12, motDePasse.get());
            return fichier;
        }, this::enregistrer, erreur);
    }

    private void enregistrer(Path fichier) {
        executeur.executer(() -> services.parametrerDocuments().choisirCertificat(services.utilisateur(),
                fichier.toAbsolutePath().toString()), c -> afficher(Optional.of(c)), erreur);
    }
}
