package fr.cellulepdp.app.parametres;

import static fr.cellulepdp.app.shell.Tableaux.colonne;

import fr.cellulepdp.app.annuaire.ModeleAnnuaire;
import fr.cellulepdp.app.annuaire.VueAnnuaire;
import fr.cellulepdp.app.cellule.ModeleCellule;
import fr.cellulepdp.app.cellule.ModeleMembres;
import fr.cellulepdp.app.cellule.VueCellule;
import fr.cellulepdp.app.cellule.VueMembres;
import fr.cellulepdp.app.convocation.EditeurDiffusion;
import fr.cellulepdp.app.convocation.ModeleDiffusion;
import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.app.shell.Dialogues;
import fr.cellulepdp.app.shell.PageDeBase;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.MessagesErreur;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.RegleQuorum;
import fr.cellulepdp.model.commun.Libelle;
import fr.cellulepdp.model.mesure.RegleMesure;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The "Paramètres" page (coordinatrice only), one tab per subject: the cell (identity, signatory, logo and
 * certificate), its members, the directory of organisations, the accounts; the meetings' rules (quorum, measure
 * limits, standard reasons); the letters (templates, mail server); data protection and backups.
 */
public final class PageParametres extends PageDeBase {

    private final Services services;
    private final ExecuteurTaches executeur;
    private final Consumer<Exception> erreur;
    private final TabPane onglets = new TabPane();
    private final ObservableList<RegleMesure> regles = FXCollections.observableArrayList();
    private final ModeleCellule cellule;
    private final ModeleMembres membres;
    private final ModeleAnnuaire annuaire;
    private final ModeleComptes comptes;
    private final ModeleDiffusion diffusion;
    private final EditeurMotifsTypes motifsTypes;
    private final EditeurQuorum quorum;
    private final EditeurModelesCourrier modelesCourrier;
    private final EditeurSmtp smtp;
    private final EditeurSauvegarde sauvegarde;
    private final EditeurProtection protection;
    private final ModeleHorodatage horodatage;

    public PageParametres(Services services, ExecuteurTaches executeur, Dialogues dialogues,
                          Consumer<Exception> erreur,
                          fr.cellulepdp.app.sauvegarde.SauvegardeAutomatique sauvegardeAutomatique) {
        super("parametres", "Paramètres", MaterialDesignC.COG_OUTLINE);
        this.services = services;
        this.executeur = executeur;
        this.erreur = erreur;
        cellule = new ModeleCellule(services, executeur);
        membres = new ModeleMembres(services, executeur);
        annuaire = new ModeleAnnuaire(services, executeur);
        comptes = new ModeleComptes(services, executeur);
        // members and accounts go together; the organisations and the cell's CPAM are suggested to members
        membres.fiche().enregistrementsProperty().addListener((o, a, b) -> comptes.charger());
        annuaire.fiche().enregistrementsProperty().addListener((o, a, b) -> membres.charger());
        cellule.enregistrementsProperty().addListener((o, a, b) -> actualiserReglesDeSeance());
        motifsTypes = new EditeurMotifsTypes(new ModeleMotifsTypes(services.motifsTypes(), services::utilisateur,
                executeur, erreur));
        diffusion = new ModeleDiffusion(services, executeur);
        quorum = new EditeurQuorum(new ModeleQuorum(services.parametrerQuorum(), services::utilisateur, executeur,
                erreur));
        modelesCourrier = new EditeurModelesCourrier(new ModeleModelesCourrier(services.modelesCourrier(),
                services::utilisateur, executeur));
        smtp = new EditeurSmtp(new ModeleSmtp(services.parametrerSmtp(), services.envoyerCourriers(),
                services::utilisateur, executeur), dialogues);
        sauvegarde = new EditeurSauvegarde(services, executeur, dialogues, sauvegardeAutomatique);
        protection = new EditeurProtection(new ModeleProtection(services.parametrerProtection(), services::utilisateur,
                executeur));
        horodatage = new ModeleHorodatage(services, executeur);

        onglets.setId("onglets-parametres");
        onglets.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        onglets.getTabs().setAll(
                onglet("cellule", "Cellule", new VueCellule(cellule, dialogues)),
                onglet("membres", "Membres", new VBox(8, Champs.sousTitre("Membres de la cellule"),
                        new VueMembres(membres, dialogues))),
                onglet("annuaire", "Annuaire des organismes", new VBox(8,
                        Champs.sousTitre("Annuaire des organismes"), new VueAnnuaire(annuaire))),
                onglet("comptes", "Comptes", new EditeurComptes(comptes)),
                onglet("seances", "Séances et décisions", new VBox(10, quorum, new EditeurDiffusion(diffusion),
                        Champs.sousTitre("Catalogue des mesures (limites réglementaires)"), catalogue(),
                        motifsTypes)),
                onglet("courriers", "Courriers", new VBox(10, modelesCourrier,
                        new EditeurRecoursAjournement(new ModeleRecoursAjournement(services, executeur)), smtp,
                        new VueHorodatage(horodatage),
                        new EditeurCourrierMiseADisposition(new ModeleCourrierMiseADisposition(services, executeur)),
                        new EditeurRappels(new ModeleRappels(services, executeur)))),
                onglet("protection", "Protection et sauvegarde", new VBox(10, protection, sauvegarde,
                        new EditeurConservation(new ModeleConservation(services.conserverDonnees(),
                                rapport -> fr.cellulepdp.app.document.EffacementCourriers.apres(services, rapport)
                                        .texte(), services::utilisateur, executeur), dialogues),
                        verificationJournal(services, executeur))));
        VBox.setVgrow(onglets, Priority.ALWAYS);
        corps().getChildren().add(onglets);
    }

    private static Tab onglet(String id, String titre, Node contenu) {
        VBox marge = new VBox(contenu);
        marge.setPadding(new Insets(12, 4, 12, 4));
        ScrollPane defilement = new ScrollPane(marge);
        defilement.setFitToWidth(true);
        Tab onglet = new Tab(titre, defilement);
        onglet.setId("onglet-parametres-" + id);
        return onglet;
    }

    private TableView<RegleMesure> catalogue() {
        TableView<RegleMesure> table = new TableView<>(regles);
        table.setId("table-catalogue");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                colonne("Mesure", 265, RegleMesure::mesure),
                colonne("La cellule", 110, r -> r.suiviSeulement() ? "la suit" : "la décide"),
                colonne("Unité", 110, RegleMesure::unite),
                colonne("Durée max.", 100, RegleMesure::dureeMax),
                colonne("Renouv. max.", 110, RegleMesure::renouvellementsMax),
                colonne("Total/arrêt", 85, RegleMesure::dureeMaxTotaleParArret),
                colonne("Accords requis", 270, r -> libelles(r.accordsRequis())),
                colonne("Ouverte à", 270, PageParametres::ouverteA),
                colonne("Référence", 200, RegleMesure::reference)));
        table.setPrefHeight(220);
        return table;
    }

    /** Checks the audit trail's hash chain (the Journal page lists it). */
    private static VBox verificationJournal(Services services, ExecuteurTaches executeur) {
        Label resultat = new Label();
        resultat.setId("parametres-verification-journal");
        resultat.setWrapText(true);
        Button verifier = new Button("Vérifier le journal d'audit");
        verifier.setId("parametres-verifier-journal");
        verifier.setOnAction(e -> executeur.executer(() -> services.verifierAudit().verifier(services.utilisateur(),
                services.sceauxDesProcesVerbaux()),
                r -> resultat.setText(r.message()), ex -> resultat.setText(MessagesErreur.pourUtilisateur(ex))));
        return new VBox(6, Champs.sousTitre("Journal d'audit"), new HBox(10, verifier, resultat));
    }

    /** Who the law opens the measure to (decision 0030): statuses, then the facts of which one is needed. */
    private static String ouverteA(RegleMesure r) {
        String statuts = r.statutsEligibles().isEmpty() ? "tous statuts" : libelles(r.statutsEligibles());
        return r.conditionsEligibilite().isEmpty() ? statuts : statuts + " ; avec " + r.conditionsEligibilite()
                .stream().sorted().map(Libelle::libelle).collect(Collectors.joining(" ou "));
    }

    private static String libelles(java.util.Set<? extends Libelle> valeurs) {
        return valeurs.stream().map(Libelle::libelle).sorted().collect(Collectors.joining(", "));
    }

    /**
     * Shows the tab with this id: "cellule", "membres", "annuaire", "comptes", "seances", "courriers" or
     * "protection".
     */
    public void afficherOnglet(String id) {
        onglets.getTabs().stream().filter(t -> t.getId().equals("onglet-parametres-" + id)).findFirst()
                .ifPresent(t -> onglets.getSelectionModel().select(t));
    }

    @Override
    public void actualiser() {
        cellule.charger();
        membres.charger();
        annuaire.charger();
        comptes.charger();
        horodatage.charger();
        motifsTypes.actualiser();
        sauvegarde.actualiser();
        modelesCourrier.actualiser();
        smtp.actualiser();
        diffusion.charger();
        actualiserReglesDeSeance();
    }

    /** The settings kept with the cell: none can be set before the cell exists. */
    private void actualiserReglesDeSeance() {
        executeur.executer(() -> new Lecture(services.cellule(),
                services.catalogue().catalogue(services.utilisateur()).regles()), lecture -> {
            regles.setAll(lecture.regles());
            quorum.afficher(lecture.cellule().map(Cellule::quorum).orElse(RegleQuorum.PAR_DEFAUT));
            quorum.setDisable(lecture.cellule().isEmpty());
            lecture.cellule().ifPresent(protection::afficher);
            protection.setDisable(lecture.cellule().isEmpty());
        }, erreur);
    }

    public ObservableList<RegleMesure> regles() {
        return regles;
    }

    private record Lecture(Optional<Cellule> cellule, List<RegleMesure> regles) {
    }
}
