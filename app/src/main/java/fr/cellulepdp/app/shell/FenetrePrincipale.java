package fr.cellulepdp.app.shell;

import fr.cellulepdp.app.audit.PageJournal;
import fr.cellulepdp.app.cellule.ModeleMiseEnPlace;
import fr.cellulepdp.app.cellule.VueMiseEnPlace;
import fr.cellulepdp.app.compte.DialogueMotDePasse;
import fr.cellulepdp.app.demande.DialogueDossier;
import fr.cellulepdp.app.document.CertificatDemo;
import fr.cellulepdp.app.importation.LecteurListeIj60;
import fr.cellulepdp.app.indicateur.PageIndicateurs;
import fr.cellulepdp.app.parametres.PageParametres;
import fr.cellulepdp.app.sauvegarde.ReglagesSauvegarde;
import fr.cellulepdp.app.sauvegarde.RestaurationFenetre;
import fr.cellulepdp.app.sauvegarde.SauvegardeAutomatique;
import fr.cellulepdp.app.seance.PageSeances;
import fr.cellulepdp.app.situation.FormulaireSituation;
import fr.cellulepdp.app.situation.PageSituations;
import fr.cellulepdp.app.suivi.PageSuivis;
import fr.cellulepdp.app.support.DossierJournaux;
import fr.cellulepdp.app.support.ModeleAide;
import fr.cellulepdp.app.support.OuvreurDossier;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.MessagesErreur;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.app.wiring.VersionApplication;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.importation.ApercuImport;
import fr.cellulepdp.model.commun.Progression;
import fr.cellulepdp.model.situation.ResumeSituation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The main window's layout: menu, navigation on the left, the current page in the centre, and a status bar
 * naming the database in use.
 */
public final class FenetrePrincipale {

    private final Services services;
    private final ExecuteurTaches executeur;
    private final Dialogues dialogues;
    private final Map<String, Page> pages = new LinkedHashMap<>();
    private final Map<String, ToggleButton> boutons = new LinkedHashMap<>();
    private final StackPane centre = new StackPane();
    private final Label message = new Label();
    private final ProgressBar progression = new ProgressBar(0);
    private final Label courriers = new Label();
    private final Label derniereSauvegarde = new Label();
    private final SauvegardeAutomatique sauvegardeAutomatique;
    private final BorderPane racine = new BorderPane();
    /** « Se déconnecter » : the application closes the session and asks for a login (set by it). */
    private Runnable deconnecter = () -> { };

    public FenetrePrincipale(Services services, ExecuteurTaches executeur, Dialogues dialogues) {
        this.services = services;
        this.executeur = executeur;
        this.dialogues = dialogues;
        this.sauvegardeAutomatique = new SauvegardeAutomatique(services,
                instant -> Platform.runLater(this::actualiserSauvegarde));
        for (Page page : creerPages()) {
            pages.put(page.id(), page);
        }
        racine.setTop(menu());
        racine.setLeft(navigation());
        racine.setCenter(centre);
        racine.setBottom(barreDEtat());
        racine.getStyleClass().add("fenetre-principale");
        afficher("situations");
        actualiserCourriers();
        actualiserSauvegarde();
    }

    /** The pages the logged-in role uses: the trail and the settings are the coordinatrice's. */
    private List<Page> creerPages() {
        Role role = services.utilisateur().role();
        List<Page> communes = List.of(
                PageSituations.creer(services, executeur, this::signalerErreur,
                        role.ecritDossiers() ? this::nouvelleSituation : null, this::ouvrirDossier),
                new PageSeances(new fr.cellulepdp.app.seance.ModeleSeances(services.listerSeances(),
                        services.preparerSeance(), () -> services.stockage().membres().findAll(), services::utilisateur,
                        executeur, this::signalerErreur), dialogues, (seance, apresChangement) ->
                        new fr.cellulepdp.app.seance.FenetreSeance(services, executeur, dialogues, seance,
                                apresChangement)),
                new PageSuivis(new fr.cellulepdp.app.suivi.ModeleSuivis(services.suivreSuivis(),
                        () -> services.stockage().membres().findAll(), services::utilisateur, services.horloge(),
                        executeur, this::signalerErreur)),
                new fr.cellulepdp.app.document.PageDocuments(new fr.cellulepdp.app.document.ModeleDocuments(
                        services.consulterDocuments(), services::utilisateur, executeur, OuvreurDossier.systeme(),
                        this::signalerErreur)),
                new PageIndicateurs(services, executeur, dialogues, this::signalerErreur));
        if (role != Role.COORDINATRICE) {
            return communes;
        }
        List<Page> toutes = new java.util.ArrayList<>(communes);
        toutes.add(new PageJournal(new fr.cellulepdp.app.audit.ModeleJournal(services.consulterJournal(),
                services.verifierAudit(), services.sceauxDesProcesVerbaux(), services::utilisateur, executeur,
                this::signalerErreur)));
        toutes.add(new PageParametres(services, executeur, dialogues, this::signalerErreur, sauvegardeAutomatique));
        return toutes;
    }

    private MenuBar menu() {
        MenuItem demo = new MenuItem("Charger les données de démonstration…");
        demo.setId("menu-demo");
        demo.setOnAction(e -> chargerDonneesDemo());
        MenuItem importer = new MenuItem("_Importer la liste IJ 60 jours…");
        importer.setId("menu-import-ij60");
        importer.setOnAction(e -> dialogues.choisirFichierImport().ifPresent(this::importerListeIj60));
        MenuItem envoyer = new MenuItem("_Envoyer les courriers en attente");
        envoyer.setId("menu-envoyer");
        envoyer.setOnAction(e -> envoyerCourriers());
        MenuItem sauvegarder = new MenuItem("_Sauvegarder maintenant");
        sauvegarder.setId("menu-sauvegarder");
        sauvegarder.setOnAction(e -> sauvegarderMaintenant());
        MenuItem restaurer = new MenuItem("_Restaurer une sauvegarde…");
        restaurer.setId("menu-restaurer");
        restaurer.setOnAction(e -> restaurer(Platform::exit));
        MenuItem miseEnPlace = new MenuItem("_Mise en place de la cellule…");
        miseEnPlace.setId("menu-mise-en-place");
        miseEnPlace.setOnAction(e -> ouvrirMiseEnPlace());
        MenuItem motDePasse = new MenuItem("Changer mon mot de _passe…");
        motDePasse.setId("menu-mot-de-passe");
        motDePasse.setOnAction(e -> new DialogueMotDePasse(services, executeur).showAndWait().filter(Boolean::booleanValue)
                .ifPresent(ok -> message.setText("Mot de passe changé.")));
        Role role = services.utilisateur().role();
        importer.setVisible(role.ecritDossiers());
        for (MenuItem reserve : List.of(miseEnPlace, demo, envoyer, sauvegarder, restaurer)) {
            reserve.setVisible(role == Role.COORDINATRICE);
        }
        MenuItem quitter = new MenuItem("_Quitter");
        quitter.setId("menu-quitter");
        quitter.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quitter.setOnAction(e -> Platform.exit());
        MenuItem rechercher = new MenuItem("_Rechercher une situation");
        rechercher.setId("menu-rechercher");
        rechercher.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        rechercher.setOnAction(e -> {
            afficher("situations");
            javafx.scene.Node champ = racine.lookup("#recherche-situations");
            if (champ != null) {
                champ.requestFocus();
            }
        });
        MenuItem deconnexion = new MenuItem("Se _déconnecter");
        deconnexion.setId("menu-deconnexion");
        deconnexion.setOnAction(e -> deconnecter.run());
        sauvegarder.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        ModeleAide aide = new ModeleAide(VersionApplication.version(), services.descriptionBase(),
                DossierJournaux.courant(), OuvreurDossier.systeme());
        aide.message().addListener((propriete, avant, texte) -> message.setText(texte));
        MenuItem aPropos = new MenuItem("À _propos");
        aPropos.setId("menu-a-propos");
        aPropos.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        aPropos.setOnAction(e -> dialogues.information("À propos", aide.texteAPropos()));
        MenuItem journaux = new MenuItem("Ouvrir le dossier des _journaux");
        journaux.setId("menu-journaux");
        journaux.setOnAction(e -> aide.ouvrirDossierJournaux());
        return new MenuBar(new Menu("_Fichier", null, rechercher, new SeparatorMenuItem(), miseEnPlace, importer, demo, envoyer, sauvegarder, restaurer,
                new SeparatorMenuItem(), motDePasse, deconnexion, new SeparatorMenuItem(), quitter),
                new Menu("_Aide", null, journaux, aPropos));
    }

    private VBox navigation() {
        ToggleGroup groupe = new ToggleGroup();
        VBox navigation = new VBox(4);
        navigation.getStyleClass().add("navigation");
        navigation.setPadding(new Insets(12, 8, 12, 8));
        for (Page page : pages.values()) {
            ToggleButton bouton = new ToggleButton(page.titre(), new FontIcon(page.icone()));
            bouton.setId("nav-" + page.id());
            bouton.setToggleGroup(groupe);
            bouton.setMaxWidth(Double.MAX_VALUE);
            bouton.setAlignment(Pos.CENTER_LEFT);
            bouton.getStyleClass().add("entree-navigation");
            bouton.setOnAction(e -> afficher(page.id()));
            boutons.put(page.id(), bouton);
            navigation.getChildren().add(bouton);
        }
        return navigation;
    }

    private HBox barreDEtat() {
        Label base = new Label("Base : " + services.descriptionBase(), new FontIcon(MaterialDesignF.FILE_OUTLINE));
        base.setId("statut-base");
        message.setId("statut-message");
        Region espace = new Region();
        HBox.setHgrow(espace, Priority.ALWAYS);
        progression.setId("statut-progression");
        progression.setVisible(false);
        progression.setPrefWidth(220);
        courriers.setId("badge-courriers");
        courriers.getStyleClass().add("badge");
        courriers.setVisible(false);
        courriers.setOnMouseClicked(e -> envoyerCourriers());
        derniereSauvegarde.setId("statut-sauvegarde");
        derniereSauvegarde.setGraphic(new FontIcon(MaterialDesignF.FILE_OUTLINE));
        Label connecte = new Label(services.utilisateur().identifiant() + " (" + services.utilisateur().role().libelle()
                + ")", new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignA.ACCOUNT_OUTLINE));
        connecte.setId("statut-utilisateur");
        HBox barre = new HBox(12, connecte, base, derniereSauvegarde, espace, message, courriers, progression);
        barre.setAlignment(Pos.CENTER_LEFT);
        barre.getStyleClass().add("barre-etat");
        barre.setPadding(new Insets(4, 12, 4, 12));
        return barre;
    }

    /** What « Se déconnecter » does: the application closes this session's windows and asks for a login again. */
    public void surDeconnexion(Runnable deconnexion) {
        this.deconnecter = java.util.Objects.requireNonNull(deconnexion);
    }

    /**
     * Shows the page with this id, read afresh (a meeting closed elsewhere adds follow-ups, changes the figures...),
     * and selects its navigation entry.
     */
    public void afficher(String id) {
        Page page = pages.get(id);
        centre.getChildren().setAll(page.contenu());
        boutons.get(id).setSelected(true);
        page.actualiser();
    }

    /** The status bar's "last backup" (read from this computer's backup settings). */
    public void actualiserSauvegarde() {
        ReglagesSauvegarde reglages = sauvegardeAutomatique.reglages();
        derniereSauvegarde.setText(!reglages.active() ? "Sauvegarde automatique non réglée"
                : "Dernière sauvegarde : " + Horaires.ou("aucune", reglages.derniere()));
    }

    /** The automatic backup, started by the application and closed (one last backup) with the window. */
    public SauvegardeAutomatique sauvegardeAutomatique() {
        return sauvegardeAutomatique;
    }

    /** Menu action: a backup now into the chosen folder, or where to set it. */
    public void sauvegarderMaintenant() {
        message.setText("Sauvegarde en cours…");
        executeur.executer(sauvegardeAutomatique::sauvegarderMaintenant, fichier -> {
            message.setText("");
            if (fichier.isEmpty()) {
                dialogues.information("Sauvegarde", "La sauvegarde automatique n'est pas réglée : choisissez son "
                        + "dossier et son mot de passe dans Paramètres › Sauvegarde automatique.");
            } else {
                message.setText("Sauvegarde écrite : " + fichier.get().getFileName());
            }
        }, e -> {
            message.setText("");
            signalerErreur(e);
        });
    }

    /**
     * Menu action: restores a backup. The file is checked with the database still open (a refusal changes
     * nothing); then the database closes, is replaced, and {@code fermer} ends the application.
     */
    public void restaurer(Runnable fermer) {
        if (services.basePartagee()) {
            signalerErreur(new SaisieInvalideException("sauvegarde", "la restauration remplace la base intégrée ; "
                    + "sur un serveur PostgreSQL, utilisez ses propres outils (pg_restore) ou migrate-db."));
            return;
        }
        Optional<Path> fichier = dialogues.choisirFichierOuverture("Restaurer une sauvegarde",
                "Sauvegardes de la cellule", "sauvegarde");
        if (fichier.isEmpty()) {
            return;
        }
        Optional<char[]> motDePasse = dialogues.demanderMotDePasse("Restaurer une sauvegarde",
                "Mot de passe de la sauvegarde :");
        if (motDePasse.isEmpty()) {
            return;
        }
        executeur.executer(() -> RestaurationFenetre.verifier(services, fichier.get(), motDePasse.get()), entrees -> {
            if (!dialogues.confirmer("Restaurer une sauvegarde", "La sauvegarde est complète et intacte (" + entrees
                    + " éléments). Les données actuelles seront remplacées (la base actuelle est gardée à côté, "
                    + "« ….avant-restauration-N ») et l'application se fermera : relancez-la ensuite.")) {
                return;
            }
            try {
                RestaurationFenetre.restaurer(services, sauvegardeAutomatique, fichier.get(), motDePasse.get(), () -> {
                    dialogues.information("Sauvegarde restaurée", "La sauvegarde est restaurée. L'application va se "
                            + "fermer : relancez-la pour retrouver les données restaurées.");
                    fermer.run();
                });
            } catch (RuntimeException e) {
                signalerErreur(e);
            }
        }, this::signalerErreur);
    }

    public void actualiserTout() {
        pages.values().forEach(Page::actualiser);
        actualiserCourriers();
    }

    /** The badge: how many letters wait to be e-mailed (hidden when none). */
    public void actualiserCourriers() {
        executeur.executer(() -> services.suivreCourriers().enAttente(services.utilisateur()), n -> {
            courriers.setText(n + (n > 1 ? " courriers en attente d'envoi" : " courrier en attente d'envoi"));
            courriers.setVisible(n > 0);
        }, this::signalerErreur);
    }

    /** Menu action (and click on the badge): delivers what is due now, with a progress bar, then reports. */
    public void envoyerCourriers() {
        message.setText("Envoi des courriers…");
        progression.setProgress(0);
        progression.setVisible(true);
        executeur.executer(() -> services.envoyerCourriers().envoyer(services.utilisateur(), (faits, total) ->
                Platform.runLater(() -> progression.setProgress(faits / (double) total))), rapport -> {
            progression.setVisible(false);
            message.setText(rapport.enFrancais().lines().findFirst().orElse(""));
            actualiserCourriers();
        }, e -> {
            progression.setVisible(false);
            message.setText("");
            signalerErreur(e);
        });
    }

    /** Menu action: asks, loads the demo cell in the background, then reloads every page. */
    public void chargerDonneesDemo() {
        if (!dialogues.confirmer("Données de démonstration", "Remplir la base avec une cellule fictive "
                + "(7 membres, 60 personnes, 7 séances) ? Cela n'est possible que dans une base vide.")) {
            return;
        }
        message.setText("Chargement des données de démonstration…");
        executeur.executer(() -> CertificatDemo.chargerLaDemo(services), resume -> {
            message.setText(resume.enFrancais());
            actualiserTout();
        }, this::signalerErreur);
    }

    /** Fichier › Mise en place de la cellule…: the set-up's steps; every page is read again when it closes. */
    public javafx.stage.Stage ouvrirMiseEnPlace() {
        return VueMiseEnPlace.ouvrir(new ModeleMiseEnPlace(services, executeur), dialogues,
                racine.getScene() == null ? null : racine.getScene().getWindow(), this::actualiserTout);
    }

    /** At start, on a database whose cell is not set up yet: the coordinatrice is taken through the set-up. */
    public void ouvrirMiseEnPlaceSiNecessaire() {
        if (ModeleMiseEnPlace.aProposer(services)) {
            ouvrirMiseEnPlace();
        }
    }

    /** Opens the file of a situation: the person's requests and decisions; the list is reloaded afterwards. */
    public void ouvrirDossier(ResumeSituation ligne) {
        executeur.executer(() -> services.lireDossier().lire(services.utilisateur(), ligne.id()), lu -> {
            new DialogueDossier(services, executeur, dialogues, lu.situation(), ligne.personne()).showAndWait();
            pages.get("situations").actualiser();
        }, this::signalerErreur);
    }

    /** Opens the situation form; afterwards the Situations page shows the file created or found open. */
    public void nouvelleSituation() {
        executeur.executer(services::referentsSociauxActifs, referents ->
                FormulaireSituation.nouvelle(services, executeur, referents).showAndWait().ifPresent(resultat -> {
                    String numero = resultat.situation().numeroDossier();
                    if (resultat.creee()) {
                        message.setText("Situation " + numero + " créée.");
                    } else {
                        dialogues.information("Situation déjà ouverte", "Cette personne a déjà une situation "
                                + "ouverte, " + numero + " : elle est affichée plutôt que dupliquée.");
                    }
                    actualiserTout();
                    ((PageSituations) pages.get("situations")).afficherDossier(numero);
                }), this::signalerErreur);
    }

    /**
     * Menu action: reads and classifies the file in the background, shows the preview, then imports the new
     * situations with a progress bar, all or nothing.
     */
    public void importerListeIj60(Path fichier) {
        message.setText("Lecture de la liste…");
        executeur.executer(() -> {
            LecteurListeIj60.Liste liste = LecteurListeIj60.ouvrir(fichier);
            return new Lecture(liste.colonnesIgnorees(), services.importerListeIj60().apercu(services.utilisateur(),
                    liste));
        }, lecture -> {
            // columns the application does not know are named, so that a misspelt one is seen before importing
            message.setText(lecture.ignorees().isEmpty() ? "" : "Colonne(s) inconnue(s), ignorée(s) : "
                    + String.join(", ", lecture.ignorees()) + ".");
            if (dialogues.confirmerImport(lecture.apercu())) {
                lancerImport(lecture.apercu());
            }
        }, this::signalerErreur);
    }

    /** The monthly list read: the columns ignored, and every row classified. */
    private record Lecture(List<String> ignorees, ApercuImport apercu) {
    }

    private void lancerImport(ApercuImport apercu) {
        message.setText("Import en cours…");
        progression.setProgress(0);
        progression.setVisible(true);
        Progression avancement = (faites, total) -> Platform.runLater(
                () -> progression.setProgress((double) faites / total));
        executeur.executer(() -> services.importerListeIj60().importer(services.utilisateur(), apercu, avancement),
                resultat -> {
                    progression.setVisible(false);
                    message.setText(resultat.situationsCreees() + " situation(s) créée(s) par l'import.");
                    actualiserTout();
                }, exception -> {
                    progression.setVisible(false);
                    signalerErreur(exception);
                });
    }

    private void signalerErreur(Exception exception) {
        message.setText("");
        String titre = exception instanceof SaisieInvalideException ? "Opération refusée" : "Erreur";
        dialogues.erreur(titre, MessagesErreur.pourUtilisateur(exception));
    }

    public Parent racine() {
        return racine;
    }

    public Page page(String id) {
        return pages.get(id);
    }
}
