package fr.cellulepdp.app.shell;

import fr.cellulepdp.app.ui.PlacementFenetre;

import fr.cellulepdp.app.ui.AvertissementUnique;
import fr.cellulepdp.app.ui.Dialogues;

import fr.cellulepdp.app.compte.DialogueConnexion;
import fr.cellulepdp.app.compte.VerrouillageInactivite;
import fr.cellulepdp.app.notification.EnvoiAutomatique;
import fr.cellulepdp.app.support.ErreursInattendues;
import fr.cellulepdp.app.tache.ExecuteurArrierePlan;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.cellule.Utilisateur;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: opens the database before the window shows, closes it when the window closes. */
public final class ApplicationPdp extends Application {

    /**
     * The window's database and its sessions, opened by the wiring (decision record 0044): the one place that holds
     * the open database, so that the window never receives the composition root.
     */
    public interface SessionsFenetre {

        /** Opens the database, unless it is an encrypted file, which waits for the login. */
        void ouvrir();

        /** True when the open database has no account yet: the coordinatrice's comes first. */
        boolean aucunCompte();

        /** Creates the first account and logs it in (a file in clear is then protected with its password). */
        Utilisateur creerPremier(String login, char[] motDePasse, char[] confirmation);

        /** Opens the database as this account (an encrypted file with its password) and logs it in. */
        Utilisateur connecter(String login, char[] motDePasse);

        /** What the main window builds its pages from, on the session open now. */
        FenetrePrincipale.Fabrique fenetre();

        /** The inactivity lock of the session, after the cell's delay. */
        VerrouillageInactivite verrouillage();

        /** The automatic sending of the outbox; {@code apres} runs after each round. */
        EnvoiAutomatique envoiAutomatique(Runnable apres);

        /** Closes the database, if it is open. */
        void fermer();
    }

    private static volatile SessionsFenetre sessions;

    private Exception echecOuverture;
    private final ExecuteurArrierePlan executeur = new ExecuteurArrierePlan();
    private EnvoiAutomatique envoiAutomatique;
    private FenetrePrincipale fenetre;
    private VerrouillageInactivite verrouillage;
    private Stage stage;
    private Dialogues dialogues;

    /** Starts the window on the database and returns when it is closed. */
    public static void lancer(SessionsFenetre sessionsFenetre) {
        sessions = sessionsFenetre;
        Application.launch(ApplicationPdp.class);
    }

    @Override
    public void init() {
        // runs on the launcher thread, not the JavaFX thread: opening and migrating the database may take time; an
        // encrypted file waits for the login
        try {
            sessions.ouvrir();
        } catch (RuntimeException e) {
            echecOuverture = e;
        }
    }

    @Override
    public void start(Stage stage) {
        Dialogues dialogues = Dialogues.alertes(apercu -> new fr.cellulepdp.app.importation.DialogueApercuImport(apercu)
                .showAndWait().orElse(false));
        ErreursInattendues.installer(new AvertissementUnique(dialogues));
        if (echecOuverture != null) {
            dialogues.erreur("Base de données indisponible", MessagesErreur.pourUtilisateur(echecOuverture));
            Platform.exit();
            return;
        }
        this.stage = stage;
        this.dialogues = dialogues;
        if (!ouvrirSession()) {
            Platform.exit();
        }
    }

    /** Logs in, then shows the main window in that user's name; false when the user gave up. */
    private boolean ouvrirSession() {
        if (!connecter()) {
            return false;
        }
        fenetre = new FenetrePrincipale(sessions.fenetre(), executeur, dialogues);
        fenetre.surDeconnexion(this::fermerFenetres, this::reconnecter);
        stage.setScene(scene(fenetre));
        verrouillage = sessions.verrouillage();
        verrouillage.demarrer();
        stage.setTitle("Cellule PDP");
        PlacementFenetre.pour("principale", 1400, 860).appliquer(stage);
        stage.show();
        fenetre.ouvrirMiseEnPlaceSiNecessaire();
        envoiAutomatique = sessions.envoiAutomatique(() -> Platform.runLater(fenetre::actualiserCourriers));
        fenetre.sauvegardeAutomatique().demarrer();
        return true;
    }

    /**
     * « Se déconnecter », first: every window of the session closes at once (a meeting window shows names); the view
     * model then ends the session once the work already queued has ended, and {@link #reconnecter} asks who is next.
     */
    private void fermerFenetres() {
        // no window shown for a moment: the application must not take that for its end
        Platform.setImplicitExit(false);
        for (javafx.stage.Window autre : java.util.List.copyOf(javafx.stage.Window.getWindows())) {
            if (autre != stage && autre instanceof Stage fenetreSecondaire) {
                fenetreSecondaire.close();
            }
        }
        stage.hide();
    }

    private void reconnecter() {
        try {
            fermerSession();
            if (!ouvrirSession()) {
                Platform.exit();
            }
        } finally {
            Platform.setImplicitExit(true);
        }
    }

    /** Stops what the session started, the last backup first, before the database closes. */
    private void fermerSession() {
        if (verrouillage != null) {
            verrouillage.arreter();
            verrouillage = null;
        }
        if (envoiAutomatique != null) {
            envoiAutomatique.close();
            envoiAutomatique = null;
        }
        if (fenetre != null) {
            fenetre.sauvegardeAutomatique().close();
            fenetre = null;
        }
    }

    /**
     * The first account on a new database, or the login, which opens an encrypted file with the password. A file no
     * password protects yet is opened again as the account, so that the coordinatrice's login protects it.
     */
    private boolean connecter() {
        if (sessions.aucunCompte()) {
            return DialogueConnexion.premierCompte(sessions::creerPremier, executeur).showAndWait().isPresent();
        }
        sessions.fermer();
        // on the background executor: the window shows progress while the file opens
        return DialogueConnexion.connexion((login, motDePasse, confirmation) -> sessions.connecter(login, motDePasse),
                executeur).showAndWait().isPresent();
    }

    /** The scene with the application's style sheet. */
    public static Scene scene(FenetrePrincipale fenetre) {
        Scene scene = new Scene(fenetre.racine(), 1400, 860);
        scene.getStylesheets().add(ApplicationPdp.class.getResource("/fr/cellulepdp/app/ui/cellule-pdp.css").toExternalForm());
        return scene;
    }

    @Override
    public void stop() {
        fermerSession();
        executeur.close();
        sessions.fermer();
    }
}
