package fr.cellulepdp.app.shell;

import fr.cellulepdp.app.ui.Dialogues;
import fr.cellulepdp.app.ui.Page;

import fr.cellulepdp.app.audit.PageJournal;
import fr.cellulepdp.app.cellule.ModeleMiseEnPlace;
import fr.cellulepdp.app.cellule.VueMiseEnPlace;
import fr.cellulepdp.app.compte.DialogueMotDePasse;
import fr.cellulepdp.app.demande.DialogueDossier;
import fr.cellulepdp.app.document.CertificatDemo;
import fr.cellulepdp.app.indicateur.PageIndicateurs;
import fr.cellulepdp.app.parametres.PageParametres;
import fr.cellulepdp.app.sauvegarde.SauvegardeAutomatique;
import fr.cellulepdp.app.seance.PageSeances;
import fr.cellulepdp.app.situation.FormulaireSituation;
import fr.cellulepdp.app.situation.PageSituations;
import fr.cellulepdp.app.suivi.PageSuivis;
import fr.cellulepdp.app.support.DossierJournaux;
import fr.cellulepdp.app.support.ModeleAide;
import fr.cellulepdp.app.support.OuvreurDossier;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.shell.ModeleFenetrePrincipale.Commande;
import fr.cellulepdp.model.situation.ResumeSituation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.EnumMap;
import java.util.concurrent.Executor;
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
 * naming the user and the database in use. It lays out and binds {@link ModeleFenetrePrincipale}, which says which
 * commands and pages the user's role has and runs what the menu does.
 */
public final class FenetrePrincipale {

    /**
     * What the main window builds its pages and dialogs from, made by the wiring (decision record 0044): each method
     * builds one page's view model (or the use cases of a dialog), in the name of the session's user; the window
     * gives its executor and the place its errors are said.
     */
    public interface Fabrique {

        /** The automatic backups; {@code apres} receives the time of each. */
        SauvegardeAutomatique sauvegardeAutomatique(java.util.function.Consumer<java.time.Instant> apres);

        ModeleFenetrePrincipale modele(SauvegardeAutomatique sauvegardeAutomatique, ExecuteurTaches executeur,
                                       Executor filInterface, Dialogues dialogues);

        PageSituations.Modeles situations(ExecuteurTaches executeur, java.util.function.Consumer<Exception> erreur);

        fr.cellulepdp.app.seance.ModeleSeances seances(ExecuteurTaches executeur,
                                                       java.util.function.Consumer<Exception> erreur);

        fr.cellulepdp.app.seance.FenetreSeance.Cablage fenetreSeance(ExecuteurTaches executeur);

        fr.cellulepdp.app.suivi.ModeleSuivis suivis(ExecuteurTaches executeur,
                                                    java.util.function.Consumer<Exception> erreur);

        fr.cellulepdp.app.document.ModeleDocuments documents(ExecuteurTaches executeur,
                                                             java.util.function.Consumer<Exception> erreur);

        fr.cellulepdp.app.indicateur.ModeleIndicateurs indicateurs(ExecuteurTaches executeur,
                                                                   java.util.function.Consumer<Exception> erreur);

        fr.cellulepdp.app.parametres.ModeleParametres.CasDUsage parametres();

        fr.cellulepdp.app.audit.ModeleJournal journal(ExecuteurTaches executeur,
                                                      java.util.function.Consumer<Exception> erreur);

        fr.cellulepdp.app.compte.ModeleMotDePasse motDePasse(ExecuteurTaches executeur);

        ModeleMiseEnPlace.CasDUsage miseEnPlace();

        fr.cellulepdp.app.demande.ModeleDossier.CasDUsage dossier();

        fr.cellulepdp.app.situation.ModeleFicheSituation.CasDUsage ficheSituation();

        /** The database, as « À propos » names it. */
        String descriptionBase();

        /** This build's version. */
        String version();
    }

    private final Fabrique fabrique;
    private final ExecuteurTaches executeur;
    private final Dialogues dialogues;
    private final ModeleFenetrePrincipale modele;
    private final Map<String, Page> pages = new LinkedHashMap<>();
    private final Map<String, ToggleButton> boutons = new LinkedHashMap<>();
    private final StackPane centre = new StackPane();
    private final SauvegardeAutomatique sauvegardeAutomatique;
    private final BorderPane racine = new BorderPane();

    public FenetrePrincipale(Fabrique fabrique, ExecuteurTaches executeur, Dialogues dialogues) {
        this.fabrique = fabrique;
        this.executeur = executeur;
        this.dialogues = dialogues;
        this.sauvegardeAutomatique = fabrique.sauvegardeAutomatique(
                instant -> Platform.runLater(this::actualiserSauvegarde));
        this.modele = fabrique.modele(sauvegardeAutomatique, executeur, Platform::runLater, dialogues);
        modele.surChangement(id -> pages.get(id).actualiser());
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
        modele.actualiserDemo();
    }

    /** The pages the logged-in role uses: the trail is the coordinatrice's, the settings show each role its tabs. */
    private List<Page> creerPages() {
        List<Page> communes = List.of(
                PageSituations.creer(fabrique.situations(executeur, this::signalerErreur),
                        modele.situationCreable() ? this::nouvelleSituation : null,
                        modele.dossiersOuvrables() ? this::ouvrirDossier : null),
                new PageSeances(fabrique.seances(executeur, this::signalerErreur), dialogues,
                        (seance, apresChangement) ->
                        new fr.cellulepdp.app.seance.FenetreSeance(fabrique.fenetreSeance(executeur), executeur,
                                dialogues, seance, apresChangement)),
                new fr.cellulepdp.app.document.PageDocuments(fabrique.documents(executeur, this::signalerErreur)),
                new PageIndicateurs(fabrique.indicateurs(executeur, this::signalerErreur), dialogues));
        List<Page> toutes = new java.util.ArrayList<>(communes);
        if (modele.pageSuivis()) {
            toutes.add(2, new PageSuivis(fabrique.suivis(executeur, this::signalerErreur)));
        }
        // every member changes his own password there; the other tabs are the coordinatrice's
        PageParametres parametres = new PageParametres(new fr.cellulepdp.app.parametres.ModeleParametres(
                fabrique.parametres(), executeur, this::signalerErreur), executeur, dialogues, sauvegardeAutomatique);
        if (!modele.pagesDeLaCoordinatrice()) {
            toutes.add(parametres);
            return toutes;
        }
        toutes.add(new PageJournal(fabrique.journal(executeur, this::signalerErreur)));
        toutes.add(parametres);
        return toutes;
    }

    /**
     * The menu, with only the commands the role may use. Mnemonics (Alt+letter, underlined) and shortcuts are key
     * codes, so they work on AZERTY as on QWERTY keyboards.
     */
    private MenuBar menu() {
        ModeleAide aide = new ModeleAide(fabrique.version(), fabrique.descriptionBase(),
                DossierJournaux.courant(), OuvreurDossier.systeme());
        aide.message().addListener((propriete, avant, texte) -> modele.messageProperty().set(texte));
        Set<Commande> offertes = modele.commandes();
        Map<Commande, MenuItem> entrees = new EnumMap<>(Commande.class);
        entrees.put(Commande.RECHERCHER, entree("_Rechercher une situation", "menu-rechercher",
                raccourci(KeyCode.F), this::rechercher));
        entrees.put(Commande.MISE_EN_PLACE, entree("_Mise en place de la cellule…", "menu-mise-en-place", null,
                this::ouvrirMiseEnPlace));
        entrees.put(Commande.IMPORTER, entree("_Importer la liste IJ 60 jours…", "menu-import-ij60", null,
                () -> dialogues.choisirFichierImport().ifPresent(this::importerListeIj60)));
        entrees.put(Commande.DEMO, entree("Charger les données de démonstratio_n…", "menu-demo", null,
                this::chargerDonneesDemo));
        entrees.put(Commande.ENVOYER, entree("_Envoyer les courriers en attente", "menu-envoyer", null,
                this::envoyerCourriers));
        entrees.put(Commande.SAUVEGARDER, entree("_Sauvegarder maintenant", "menu-sauvegarder", raccourci(KeyCode.S),
                this::sauvegarderMaintenant));
        entrees.put(Commande.RESTAURER, entree("Res_taurer une sauvegarde…", "menu-restaurer", null,
                () -> restaurer(Platform::exit)));
        entrees.put(Commande.MOT_DE_PASSE, entree("Changer mon mot de _passe…", "menu-mot-de-passe", null,
                () -> new DialogueMotDePasse(fabrique.motDePasse(executeur)).showAndWait().filter(Boolean::booleanValue)
                        .ifPresent(ok -> modele.messageProperty().set("Mot de passe changé."))));
        entrees.put(Commande.DECONNEXION, entree("Se _déconnecter", "menu-deconnexion", null, modele::seDeconnecter));
        entrees.put(Commande.QUITTER, entree("_Quitter", "menu-quitter", raccourci(KeyCode.Q), Platform::exit));
        entrees.put(Commande.JOURNAUX, entree("Ouvrir le dossier des _journaux", "menu-journaux", null,
                aide::ouvrirDossierJournaux));
        entrees.put(Commande.A_PROPOS, entree("À _propos", "menu-a-propos", new KeyCodeCombination(KeyCode.F1),
                () -> dialogues.information("À propos", aide.texteAPropos())));
        entrees.keySet().retainAll(offertes);
        if (entrees.containsKey(Commande.DEMO)) {
            entrees.get(Commande.DEMO).visibleProperty().bind(modele.demoProposeeProperty());
        }
        Menu fichier = new Menu("_Fichier", null, groupes(entrees, List.of(Commande.RECHERCHER),
                List.of(Commande.MISE_EN_PLACE, Commande.IMPORTER, Commande.DEMO, Commande.ENVOYER,
                        Commande.SAUVEGARDER, Commande.RESTAURER),
                List.of(Commande.MOT_DE_PASSE, Commande.DECONNEXION), List.of(Commande.QUITTER))
                .toArray(MenuItem[]::new));
        // the set-up or a restore may have filled the database since: the demo is offered on an empty one only
        fichier.setOnShowing(e -> modele.actualiserDemo());
        Menu aideMenu = new Menu("_Aide", null, groupes(entrees, List.of(Commande.JOURNAUX, Commande.A_PROPOS))
                .toArray(MenuItem[]::new));
        return new MenuBar(fichier, aideMenu);
    }

    private static KeyCodeCombination raccourci(KeyCode touche) {
        return new KeyCodeCombination(touche, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem entree(String texte, String id, KeyCombination raccourci, Runnable action) {
        MenuItem entree = new MenuItem(texte);
        entree.setId(id);
        entree.setAccelerator(raccourci);
        entree.setOnAction(e -> action.run());
        return entree;
    }

    /** The entries offered, group by group, a separator between two non-empty groups. */
    @SafeVarargs
    private static List<MenuItem> groupes(Map<Commande, MenuItem> entrees, List<Commande>... groupes) {
        List<MenuItem> items = new java.util.ArrayList<>();
        for (List<Commande> groupe : groupes) {
            List<MenuItem> presentes = groupe.stream().filter(entrees::containsKey).map(entrees::get).toList();
            if (!presentes.isEmpty() && !items.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
            items.addAll(presentes);
        }
        return items;
    }

    private void rechercher() {
        afficher("situations");
        javafx.scene.Node champ = racine.lookup("#recherche-situations");
        if (champ != null) {
            champ.requestFocus();
        }
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
            bouton.setOnAction(e -> {
                modele.pageChangee();
                afficher(page.id());
            });
            boutons.put(page.id(), bouton);
            navigation.getChildren().add(bouton);
        }
        return navigation;
    }

    private HBox barreDEtat() {
        Label base = new Label(modele.base(), new FontIcon(MaterialDesignF.FILE_OUTLINE));
        base.setId("statut-base");
        Label message = new Label();
        message.setId("statut-message");
        message.textProperty().bind(modele.messageProperty());
        Region espace = new Region();
        HBox.setHgrow(espace, Priority.ALWAYS);
        ProgressBar progression = new ProgressBar(0);
        progression.setId("statut-progression");
        progression.progressProperty().bind(modele.progressionProperty());
        progression.visibleProperty().bind(modele.progressionVisibleProperty());
        progression.setPrefWidth(220);
        Label courriers = new Label();
        courriers.setId("badge-courriers");
        courriers.getStyleClass().add("badge");
        courriers.textProperty().bind(modele.courriersProperty());
        courriers.visibleProperty().bind(modele.courriersVisiblesProperty());
        if (modele.commandes().contains(Commande.ENVOYER)) {
            courriers.setOnMouseClicked(e -> envoyerCourriers());
        }
        Label derniereSauvegarde = new Label();
        derniereSauvegarde.setId("statut-sauvegarde");
        derniereSauvegarde.setGraphic(new FontIcon(MaterialDesignF.FILE_OUTLINE));
        derniereSauvegarde.textProperty().bind(modele.derniereSauvegardeProperty());
        Label connecte = new Label("", new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignA.ACCOUNT_OUTLINE));
        connecte.textProperty().bind(modele.connecteProperty());
        connecte.setId("statut-utilisateur");
        // at 1366 px the database's path gives way (cut in its middle, whole in its tooltip): who is logged in, the
        // last backup and the message of what was just done stay whole; hidden, the badge and the bar take no room
        base.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
        base.setMinWidth(120);
        base.setTooltip(new javafx.scene.control.Tooltip(modele.base()));
        for (Label entier : List.of(connecte, derniereSauvegarde, message)) {
            entier.setMinWidth(Region.USE_PREF_SIZE);
        }
        courriers.managedProperty().bind(courriers.visibleProperty());
        progression.managedProperty().bind(progression.visibleProperty());
        HBox barre = new HBox(12, connecte, base, derniereSauvegarde, espace, message, courriers, progression);
        barre.setAlignment(Pos.CENTER_LEFT);
        barre.getStyleClass().add("barre-etat");
        barre.setPadding(new Insets(4, 12, 4, 12));
        return barre;
    }

    /**
     * What « Se déconnecter » does: {@code fermer} closes this session's windows at once; {@code reconnecter} runs once
     * the session has ended and asks for a login again.
     */
    public void surDeconnexion(Runnable fermer, Runnable reconnecter) {
        modele.surDeconnexion(fermer, reconnecter);
    }

    /** The window's view model. */
    public ModeleFenetrePrincipale modele() {
        return modele;
    }

    /**
     * Shows the page with this id, read afresh (a meeting closed elsewhere adds follow-ups, changes the figures...),
     * and selects its navigation entry.
     */
    public void afficher(String id) {
        Page page = pages.get(id);
        modele.pageAffichee(id);
        centre.getChildren().setAll(page.contenu());
        boutons.get(id).setSelected(true);
        page.actualiser();
    }

    /** The status bar's "last backup" (read from this computer's backup settings). */
    public void actualiserSauvegarde() {
        modele.actualiserSauvegarde();
    }

    /** The automatic backup, started by the application and closed (one last backup) with the window. */
    public SauvegardeAutomatique sauvegardeAutomatique() {
        return sauvegardeAutomatique;
    }

    /** Menu action: a backup now into the chosen folder, or where to set it. */
    public void sauvegarderMaintenant() {
        modele.sauvegarderMaintenant();
    }

    /** Menu action: restores a backup, then {@code fermer} ends the application (see the view model). */
    public void restaurer(Runnable fermer) {
        modele.restaurer(fermer);
    }

    public void actualiserTout() {
        modele.actualiserTout();
    }

    /** The badge: how many letters wait to be e-mailed (hidden when none). */
    public void actualiserCourriers() {
        modele.actualiserCourriers();
    }

    /** Menu action (and click on the badge): delivers what is due now, with a progress bar, then reports. */
    public void envoyerCourriers() {
        modele.envoyerCourriers();
    }

    /** Menu action: asks, loads the demo cell in the background, then reloads every page. */
    public void chargerDonneesDemo() {
        modele.chargerDonneesDemo();
    }

    /** Fichier › Mise en place de la cellule…: the set-up's steps; every page is read again when it closes. */
    public javafx.stage.Stage ouvrirMiseEnPlace() {
        return VueMiseEnPlace.ouvrir(new ModeleMiseEnPlace(fabrique.miseEnPlace(), executeur), dialogues,
                racine.getScene() == null ? null : racine.getScene().getWindow(), this::actualiserTout);
    }

    /** At start, on a database whose cell is not set up yet: the coordinatrice is taken through the set-up. */
    public void ouvrirMiseEnPlaceSiNecessaire() {
        if (ModeleMiseEnPlace.aProposer(fabrique.miseEnPlace())) {
            ouvrirMiseEnPlace();
        }
    }

    /** Opens the file of a situation: the person's requests and decisions; the list is reloaded afterwards. */
    public void ouvrirDossier(ResumeSituation ligne) {
        modele.ouvrirDossier(ligne, (lu, resume) -> {
            new DialogueDossier(new fr.cellulepdp.app.demande.ModeleDossier(fabrique.dossier(), executeur,
                    lu.situation(), resume.personne()), dialogues).showAndWait();
            pages.get("situations").actualiser();
        });
    }

    /** Opens the situation form; afterwards the Situations page shows the file created or found open. */
    public void nouvelleSituation() {
        modele.nouvelleSituation(referents -> new FormulaireSituation<>(
                fr.cellulepdp.app.situation.ModeleFicheSituation.nouvelle(fabrique.ficheSituation(), executeur,
                        referents), dialogues)
                .showAndWait().ifPresent(resultat -> modele.situationEnregistree(resultat,
                        numero -> ((PageSituations) pages.get("situations")).afficherDossier(numero))));
    }

    /** Menu action: reads the monthly list, shows its preview, imports the new situations (see the view model). */
    public void importerListeIj60(Path fichier) {
        modele.importerListeIj60(fichier);
    }

    private void signalerErreur(Exception exception) {
        modele.signalerErreur(exception);
    }

    public Parent racine() {
        return racine;
    }

    public Page page(String id) {
        return pages.get(id);
    }
}
