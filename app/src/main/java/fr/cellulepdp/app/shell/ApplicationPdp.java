package fr.cellulepdp.app.shell;

import fr.cellulepdp.app.compte.DialogueConnexion;
import fr.cellulepdp.app.compte.VerrouillageInactivite;
import fr.cellulepdp.app.courriel.EnvoiAutomatique;
import fr.cellulepdp.app.support.ErreursInattendues;
import fr.cellulepdp.app.tache.ExecuteurArrierePlan;
import fr.cellulepdp.app.wiring.MessagesErreur;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.persistence.AccesBase;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: opens the database before the window shows, closes it when the window closes. */
public final class ApplicationPdp extends Application {

    private static volatile AccesBase base;

    private volatile Services services;
    private Exception echecOuverture;
    private final ExecuteurArrierePlan executeur = new ExecuteurArrierePlan();
    private EnvoiAutomatique envoiAutomatique;
    private FenetrePrincipale fenetre;

    /** Starts the window on the database and returns when it is closed. */
    public static void lancer(AccesBase acces) {
        base = acces;
        Application.launch(ApplicationPdp.class);
    }

    @Override
    public void init() {
        // runs on the launcher thread, not the JavaFX thread: opening and migrating the database may take time; an
        // encrypted file waits for the login
        try {
            if (!base.verrouillee()) {
                services = Services.ouvrir(base, Horloge.systeme());
            }
        } catch (RuntimeException e) {
            echecOuverture = e;
        }
    }

    @Override
    public void start(Stage stage) {
        Dialogues dialogues = Dialogues.alertes();
        ErreursInattendues.installer(new AvertissementUnique(dialogues));
        if (echecOuverture != null) {
            dialogues.erreur("Base de données indisponible", MessagesErreur.pourUtilisateur(echecOuverture));
            Platform.exit();
            return;
        }
        if (!connecter()) {
            Platform.exit();
            return;
        }
        fenetre = new FenetrePrincipale(services, executeur, dialogues);
        stage.setScene(scene(fenetre));
        int minutes = services.cellule().map(c -> c.verrouillageMinutes()).filter(m -> m > 0).orElse(10);
        new VerrouillageInactivite(services, java.time.Duration.ofMinutes(minutes), java.time.Instant::now).demarrer();
        stage.setTitle("Cellule PDP");
        PlacementFenetre.pour("principale", 1400, 860).appliquer(stage);
        stage.show();
        fenetre.ouvrirMiseEnPlaceSiNecessaire();
        envoiAutomatique = new EnvoiAutomatique(services, () -> Platform.runLater(fenetre::actualiserCourriers));
        fenetre.sauvegardeAutomatique().demarrer();
    }

    /**
     * The first account on a new database, or the login, which opens an encrypted file with the password. A file no
     * password protects yet is opened again as the account, so that the coordinatrice's login protects it.
     */
    private boolean connecter() {
        if (services != null && services.gererComptes().aucunCompte()) {
            return DialogueConnexion.premierCompte((login, motDePasse, confirmation) -> {
                Utilisateur cree = DialogueConnexion.creerPremier(services, login, motDePasse, confirmation);
                if (base.aProteger()) {
                    // a file from before encryption: protected now rather than at the next start
                    services.close();
                    services = Services.ouvrir(base, Horloge.systeme(), login, motDePasse);
                }
                services.connecter(cree);
                return cree;
            }, executeur).showAndWait().isPresent();
        }
        if (services != null) {
            services.close();
            services = null;
        }
        return DialogueConnexion.connexion((login, motDePasse, confirmation) -> {
            // on the background executor: the window shows progress while the file opens
            services = Services.ouvrir(base, Horloge.systeme(), login, motDePasse);
            return services.utilisateur();
        }, executeur).showAndWait().isPresent();
    }

    /** The scene with the application's style sheet. */
    public static Scene scene(FenetrePrincipale fenetre) {
        Scene scene = new Scene(fenetre.racine(), 1400, 860);
        scene.getStylesheets().add(ApplicationPdp.class.getResource("cellule-pdp.css").toExternalForm());
        return scene;
    }

    @Override
    public void stop() {
        if (envoiAutomatique != null) {
            envoiAutomatique.close();
        }
        executeur.close();
        if (fenetre != null) {
            // the last backup, before the database closes
            fenetre.sauvegardeAutomatique().close();
        }
        if (services != null) {
            services.close();
        }
    }
}
