package fr.cellulepdp.app.parametres;

import static fr.cellulepdp.app.ui.Tableaux.colonne;

import fr.cellulepdp.app.annuaire.VueAnnuaire;
import fr.cellulepdp.app.cellule.VueCellule;
import fr.cellulepdp.app.cellule.VueMembres;
import fr.cellulepdp.app.convocation.EditeurDiffusion;
import fr.cellulepdp.app.ui.Champs;
import fr.cellulepdp.app.ui.Dialogues;
import fr.cellulepdp.app.ui.PageDeBase;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.commun.Libelle;
import fr.cellulepdp.model.mesure.RegleMesure;
import java.util.List;
import java.util.stream.Collectors;
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
 * The "Paramètres" page, one tab per subject, each shown only to whom may use it: for the coordinatrice the cell
 * (identity, signatory, logo and certificate), its members, the directory of organisations, the accounts; the
 * meetings' rules (quorum, measure limits, standard reasons); the letters (templates, mail server); data protection
 * and backups; for everyone « Mon compte » (his own password). Lays out and binds {@link ModeleParametres}.
 */
public final class PageParametres extends PageDeBase {

    private final ModeleParametres modele;
    private final TabPane onglets = new TabPane();
    private EditeurSauvegarde sauvegarde;

    public PageParametres(ModeleParametres modele, ExecuteurTaches executeur, Dialogues dialogues,
                          fr.cellulepdp.app.sauvegarde.SauvegardeAutomatique sauvegardeAutomatique) {
        super("parametres", "Paramètres", MaterialDesignC.COG_OUTLINE);
        this.modele = modele;
        onglets.setId("onglets-parametres");
        onglets.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (ModeleParametres.Onglet onglet : modele.onglets()) {
            onglets.getTabs().add(onglet(onglet, contenu(onglet, executeur, dialogues,
                    sauvegardeAutomatique)));
        }
        VBox.setVgrow(onglets, Priority.ALWAYS);
        corps().getChildren().add(onglets);
    }

    /** The content of one tab; built only for the tabs the user sees. */
    private Node contenu(ModeleParametres.Onglet onglet, ExecuteurTaches executeur,
                         Dialogues dialogues, fr.cellulepdp.app.sauvegarde.SauvegardeAutomatique automatique) {
        return switch (onglet) {
            case CELLULE -> new VueCellule(modele.cellule(), dialogues);
            case MEMBRES -> new VBox(8, Champs.sousTitre("Membres de la cellule"),
                    new VueMembres(modele.membres(), dialogues));
            case ANNUAIRE -> new VBox(8, Champs.sousTitre("Annuaire des organismes"),
                    new VueAnnuaire(modele.annuaire()));
            case COMPTES -> new EditeurComptes(modele.comptes());
            case SEANCES -> new VBox(10, desQueLaCelluleExiste(new EditeurQuorum(modele.quorum())),
                    new EditeurDiffusion(modele.diffusion()),
                    Champs.sousTitre("Catalogue des mesures (limites réglementaires)"), catalogue(),
                    new EditeurMotifsTypes(modele.motifsTypes()));
            case COURRIERS -> new VBox(10, new EditeurModelesCourrier(modele.modelesCourrier()),
                    new EditeurRecoursAjournement(modele.recoursAjournement()),
                    new EditeurSmtp(modele.smtp(), dialogues), new VueHorodatage(modele.horodatage()),
                    new EditeurCourrierMiseADisposition(modele.courrierMiseADisposition()),
                    new EditeurRappels(modele.rappels()));
            case PROTECTION -> {
                sauvegarde = new EditeurSauvegarde(modele.dossierDonnees(), modele.coffre(), executeur, dialogues,
                        automatique);
                yield new VBox(10, desQueLaCelluleExiste(new EditeurProtection(modele.protection())), sauvegarde,
                        new EditeurConservation(modele.conservation(), dialogues), verificationJournal());
            }
            case MON_COMPTE -> monCompte();
        };
    }

    private Node desQueLaCelluleExiste(Node editeur) {
        editeur.disableProperty().bind(modele.celluleCreeeProperty().not());
        return editeur;
    }

    /** The user's own account: who he is logged in as, and his password. */
    private VBox monCompte() {
        Label identite = new Label(modele.identite());
        identite.setId("parametres-identite");
        identite.setWrapText(true);
        Button changer = new Button("Changer mon mot de passe…");
        changer.setId("parametres-mot-de-passe");
        changer.setOnAction(e -> new fr.cellulepdp.app.compte.DialogueMotDePasse(modele.motDePasse()).showAndWait()
                .filter(Boolean::booleanValue).ifPresent(ok -> modele.motDePasseChange()));
        Label etat = new Label();
        etat.setId("parametres-etat-mot-de-passe");
        etat.textProperty().bind(modele.etatMotDePasseProperty());
        HBox ligne = new HBox(10, changer, etat);
        ligne.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(10, Champs.sousTitre("Mon compte"), identite, ligne);
    }

    private static Tab onglet(ModeleParametres.Onglet quoi, Node contenu) {
        VBox marge = new VBox(contenu);
        marge.setPadding(new Insets(12, 4, 12, 4));
        ScrollPane defilement = new ScrollPane(marge);
        fr.cellulepdp.app.ui.DefilementSuitFocus.appliquer(defilement);
        defilement.setFitToWidth(true);
        Tab onglet = new Tab(quoi.titre(), defilement);
        onglet.setId("onglet-parametres-" + quoi.id());
        return onglet;
    }

    private TableView<RegleMesure> catalogue() {
        TableView<RegleMesure> table = new TableView<>(modele.regles());
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
    private VBox verificationJournal() {
        Label resultat = new Label();
        resultat.setId("parametres-verification-journal");
        resultat.setWrapText(true);
        resultat.textProperty().bind(modele.verificationJournalProperty());
        Button verifier = new Button("Vérifier le journal d'audit");
        verifier.setId("parametres-verifier-journal");
        verifier.setOnAction(e -> modele.verifierJournal());
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
     * Shows the tab with this id: "cellule", "membres", "annuaire", "comptes", "seances", "courriers", "protection"
     * or "mon-compte", when the user sees it.
     */
    public void afficherOnglet(String id) {
        onglets.getTabs().stream().filter(t -> t.getId().equals("onglet-parametres-" + id)).findFirst()
                .ifPresent(t -> onglets.getSelectionModel().select(t));
    }

    @Override
    public void actualiser() {
        modele.actualiser();
        if (sauvegarde != null) {
            sauvegarde.actualiser();
        }
    }

    public ObservableList<RegleMesure> regles() {
        return modele.regles();
    }
}
