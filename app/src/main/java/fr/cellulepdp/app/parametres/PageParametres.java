package fr.cellulepdp.app.parametres;

import static fr.cellulepdp.app.shell.Tableaux.colonne;

import fr.cellulepdp.app.shell.PageDeBase;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.RegleQuorum;
import fr.cellulepdp.model.commun.Libelle;
import fr.cellulepdp.model.mesure.RegleMesure;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The "Paramètres" page: the cell's identity, its quorum rule, its table of measure limits (read-only for now)
 * and its standard phrases for decision reasons.
 */
public final class PageParametres extends PageDeBase {

    private final Services services;
    private final ExecuteurTaches executeur;
    private final Consumer<Exception> erreur;
    private final ReadOnlyStringWrapper identite = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper adresse = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper signataire = new ReadOnlyStringWrapper("");
    private final ObservableList<RegleMesure> regles = FXCollections.observableArrayList();
    private final EditeurMotifsTypes motifsTypes;
    private final EditeurQuorum quorum;
    private final EditeurCertificat certificat;
    private final EditeurModelesCourrier modelesCourrier;
    private final EditeurSmtp smtp;
    private final EditeurSauvegarde sauvegarde;
    private final EditeurComptes comptes;
    private final EditeurProtection protection;

    public PageParametres(Services services, ExecuteurTaches executeur, fr.cellulepdp.app.shell.Dialogues dialogues,
                          Consumer<Exception> erreur,
                          fr.cellulepdp.app.sauvegarde.SauvegardeAutomatique sauvegardeAutomatique) {
        super("parametres", "Paramètres", MaterialDesignC.COG_OUTLINE);
        this.services = services;
        this.executeur = executeur;
        this.erreur = erreur;
        GridPane fiche = new GridPane();
        fiche.setHgap(16);
        fiche.setVgap(6);
        ligne(fiche, 0, "Cellule", identite, "parametre-cellule");
        ligne(fiche, 1, "Adresse", adresse, "parametre-adresse");
        ligne(fiche, 2, "Signataire", signataire, "parametre-signataire");
        Label titreCatalogue = new Label("Catalogue des mesures (limites réglementaires)");
        titreCatalogue.getStyleClass().add("sous-titre");
        TableView<RegleMesure> table = new TableView<>(regles);
        table.setId("table-catalogue");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                colonne("Mesure", 265, RegleMesure::mesure),
                colonne("Unité", 110, RegleMesure::unite),
                colonne("Durée max.", 100, RegleMesure::dureeMax),
                colonne("Renouv. max.", 110, RegleMesure::renouvellementsMax),
                colonne("Total/arrêt", 85, RegleMesure::dureeMaxTotaleParArret),
                colonne("Accords médicaux requis", 270, r -> libelles(r.accordsRequis())),
                colonne("Référence", 200, RegleMesure::reference)));
        motifsTypes = new EditeurMotifsTypes(services, executeur, erreur);
        quorum = new EditeurQuorum(services, executeur, erreur);
        certificat = new EditeurCertificat(services, executeur, dialogues, erreur);
        modelesCourrier = new EditeurModelesCourrier(services, executeur);
        smtp = new EditeurSmtp(services, executeur, dialogues);
        sauvegarde = new EditeurSauvegarde(services, executeur, dialogues, sauvegardeAutomatique);
        comptes = new EditeurComptes(services, executeur);
        protection = new EditeurProtection(services, executeur);
        table.setPrefHeight(220);
        VBox contenu = new VBox(10, fiche, quorum, certificat, titreCatalogue, table, motifsTypes, modelesCourrier,
                smtp, comptes, protection, sauvegarde, new EditeurConservation(services, executeur, dialogues),
                verificationJournal(services, executeur));
        javafx.scene.control.ScrollPane defilement = new javafx.scene.control.ScrollPane(contenu);
        defilement.setFitToWidth(true);
        VBox.setVgrow(defilement, Priority.ALWAYS);
        corps().getChildren().add(defilement);
    }

    /** Checks the audit trail's hash chain (the Journal page lists it). */
    private static VBox verificationJournal(Services services, ExecuteurTaches executeur) {
        Label resultat = new Label();
        resultat.setId("parametres-verification-journal");
        resultat.setWrapText(true);
        javafx.scene.control.Button verifier = new javafx.scene.control.Button("Vérifier le journal d'audit");
        verifier.setId("parametres-verifier-journal");
        verifier.setOnAction(e -> executeur.executer(() -> services.verifierAudit().verifier(services.utilisateur()),
                r -> resultat.setText(r.message()),
                ex -> resultat.setText(fr.cellulepdp.app.wiring.MessagesErreur.pourUtilisateur(ex))));
        return new VBox(6, fr.cellulepdp.app.shell.Champs.sousTitre("Journal d'audit"),
                new javafx.scene.layout.HBox(10, verifier, resultat));
    }

    private static void ligne(GridPane grille, int rang, String libelle, ReadOnlyStringProperty valeur, String id) {
        Label nom = new Label(libelle);
        nom.getStyleClass().add("libelle-champ");
        Label texte = new Label();
        texte.setId(id);
        texte.textProperty().bind(valeur);
        grille.addRow(rang, nom, texte);
    }

    private static String libelles(java.util.Set<? extends Libelle> valeurs) {
        return valeurs.stream().map(Libelle::libelle).sorted().collect(Collectors.joining(", "));
    }

    @Override
    public void actualiser() {
        motifsTypes.actualiser();
        sauvegarde.actualiser();
        comptes.actualiser();
        modelesCourrier.actualiser();
        smtp.actualiser();
        executeur.executer(() -> new Lecture(services.cellule(),
                services.catalogue().catalogue(services.utilisateur()).regles()), lecture -> {
            identite.set(lecture.cellule().map(c -> c.nom() + " — " + c.cpam())
                    .orElse("Non renseignée (chargez les données de démonstration ou saisissez la cellule)"));
            adresse.set(lecture.cellule().map(c -> String.join(" ", c.adresse().ligne1(), c.adresse().ligne2(),
                    c.adresse().codePostal(), c.adresse().ville()).replaceAll("\\s+", " ").strip()).orElse(""));
            signataire.set(lecture.cellule().map(c -> c.signataire() + ", " + c.signataireFonction()).orElse(""));
            regles.setAll(lecture.regles());
            quorum.afficher(lecture.cellule().map(Cellule::quorum).orElse(RegleQuorum.PAR_DEFAUT));
            quorum.setDisable(lecture.cellule().isEmpty());
            certificat.afficher(lecture.cellule());
            lecture.cellule().ifPresent(protection::afficher);
            protection.setDisable(lecture.cellule().isEmpty());
            certificat.setDisable(lecture.cellule().isEmpty());
        }, erreur);
    }

    public ReadOnlyStringProperty identiteProperty() {
        return identite.getReadOnlyProperty();
    }

    public ObservableList<RegleMesure> regles() {
        return regles;
    }

    private record Lecture(Optional<Cellule> cellule, List<RegleMesure> regles) {
    }
}
