package fr.cellulepdp.app.shell;

import fr.cellulepdp.app.ui.Dialogues;
import fr.cellulepdp.app.ui.Horaires;
import fr.cellulepdp.app.ui.ModeleListe;

import fr.cellulepdp.app.importation.LecteurListeIj60;
import fr.cellulepdp.app.sauvegarde.ReglagesSauvegarde;
import fr.cellulepdp.app.sauvegarde.SauvegardeAutomatique;
import fr.cellulepdp.model.situation.CreerSituation;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Progression;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.demo.ResumeDemo;
import fr.cellulepdp.model.importation.ApercuImport;
import fr.cellulepdp.model.importation.ImporterListeIj60;
import fr.cellulepdp.model.notification.EnvoyerCourriers;
import fr.cellulepdp.model.notification.SuivreCourriers;
import fr.cellulepdp.model.situation.LireDossier.Dossier;
import fr.cellulepdp.model.situation.LireDossier;
import fr.cellulepdp.model.situation.ResumeSituation;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * View model of the main window: the commands of its menu that the user's role may use, the pages it shows, the status
 * bar (who is logged in, the database, the last backup, a message, the letters waiting, a progress bar), and what the
 * menu does — loading the demo, importing the monthly IJ list, sending the letters, a backup now, restoring one, logging
 * out — through the background executor. The view builds the menu and the pages from it and binds the status bar.
 */
public final class ModeleFenetrePrincipale {

    /** A command of the main menu. */
    public enum Commande {
        RECHERCHER, MISE_EN_PLACE, IMPORTER, DEMO, ENVOYER, SAUVEGARDER, RESTAURER, MOT_DE_PASSE, DECONNEXION,
        QUITTER, JOURNAUX, A_PROPOS
    }

    /** What restoring a backup does, given by the wiring (it replaces the database file). */
    public interface Restauration {
        /** Checks the backup with the database still open; the number of entries, or a refusal. */
        int verifier(Path sauvegarde, char[] motDePasse);

        /** Replaces the database with the backup checked, then runs {@code apres}. */
        void restaurer(Path sauvegarde, char[] motDePasse, Runnable apres);
    }

    /** The use cases the main window calls itself, in the name of the user logged in. */
    public record CasDUsage(SuivreCourriers suivreCourriers, EnvoyerCourriers envoyerCourriers,
                            ImporterListeIj60 importer, LireDossier lireDossier, Callable<List<Membre>> referents,
                            Callable<ResumeDemo> chargerDemo, Callable<Boolean> demoPossible,
                            Restauration restauration) {
    }

    private final CasDUsage cas;
    private final UtilisateurCourant utilisateur;
    private final String descriptionBase;
    private final boolean basePartagee;
    private final SauvegardeAutomatique sauvegarde;
    private final ExecuteurTaches executeur;
    private final Executor filInterface;
    private final Dialogues dialogues;
    private final Runnable finSession;
    private final StringProperty connecte = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progression = new SimpleDoubleProperty(0);
    private final BooleanProperty progressionVisible = new SimpleBooleanProperty();
    private final StringProperty courriers = new SimpleStringProperty("");
    private final BooleanProperty courriersVisibles = new SimpleBooleanProperty();
    private final BooleanProperty demoProposee = new SimpleBooleanProperty();
    private final StringProperty derniereSauvegarde = new SimpleStringProperty("");
    private Consumer<String> apresChangement = page -> { };
    /** The id of the page shown: the one a change reads again. */
    private String pageAffichee = "situations";
    private Runnable avantDeconnexion = () -> { };
    private Runnable apresDeconnexion = () -> { };

    /**
     * @param filInterface where progress reported by the background work is shown (the JavaFX thread)
     * @param finSession   ends the session in the wiring: nothing acts in the user's name afterwards
     */
    public ModeleFenetrePrincipale(CasDUsage cas, UtilisateurCourant utilisateur, String descriptionBase,
                                   boolean basePartagee, SauvegardeAutomatique sauvegarde, ExecuteurTaches executeur,
                                   Executor filInterface, Dialogues dialogues, Runnable finSession) {
        this.cas = cas;
        this.utilisateur = utilisateur;
        this.descriptionBase = descriptionBase;
        this.basePartagee = basePartagee;
        this.sauvegarde = sauvegarde;
        this.executeur = executeur;
        this.filInterface = filInterface;
        this.dialogues = dialogues;
        this.finSession = finSession;
        Utilisateur present = utilisateur.utilisateur();
        connecte.set(present.identifiant() + " (" + present.role().libelle() + ")");
    }

    /**
     * After a change (data loaded, imported or restored elsewhere) {@code actualiserPage} reads the page shown again,
     * given its id; the others are read when they are shown. Reading them all kept the one background thread busy
     * for minutes at ten years of data (every meeting's decisions, the year's indicators), a search typed meanwhile
     * waiting behind them.
     */
    public void surChangement(Consumer<String> actualiserPage) {
        this.apresChangement = actualiserPage;
    }

    /** The view shows the page with this id (it reads it itself as it shows it). */
    public void pageAffichee(String id) {
        this.pageAffichee = id;
    }

    /**
     * « Se déconnecter »: {@code avant} closes the session's windows at once (a meeting window shows names); then, once
     * the work already queued has ended, the session ends and {@code apres} asks who is next.
     */
    public void surDeconnexion(Runnable avant, Runnable apres) {
        this.avantDeconnexion = avant;
        this.apresDeconnexion = apres;
    }

    private Role role() {
        return utilisateur.utilisateur().role();
    }

    /**
     * The menu's commands this user may use; the others are not shown. The cell's management (set-up, demo, letters,
     * backups) is the coordinatrice's; importing the monthly list is for those who write files; restoring replaces the
     * embedded file, so not on a shared PostgreSQL server.
     */
    public Set<Commande> commandes() {
        Set<Commande> offertes = EnumSet.of(Commande.RECHERCHER, Commande.MOT_DE_PASSE, Commande.DECONNEXION,
                Commande.QUITTER, Commande.JOURNAUX, Commande.A_PROPOS);
        if (role().ecritDossiers()) {
            offertes.add(Commande.IMPORTER);
        }
        if (role() == Role.COORDINATRICE) {
            offertes.addAll(EnumSet.of(Commande.MISE_EN_PLACE, Commande.DEMO, Commande.ENVOYER, Commande.SAUVEGARDER));
            if (!basePartagee) {
                offertes.add(Commande.RESTAURER);
            }
        }
        return offertes;
    }

    /** The audit trail and the settings are pages of the coordinatrice's only. */
    public boolean pagesDeLaCoordinatrice() {
        return role() == Role.COORDINATRICE;
    }

    /** A file opens from the Situations list for the internal members (a partner reads the list, not the files). */
    public boolean dossiersOuvrables() {
        return role().estInterne();
    }

    /** The Suivis page: the cell's follow-ups, for its internal members (a partner is refused them). */
    public boolean pageSuivis() {
        return role().estInterne();
    }

    /** « Nouvelle situation… » on the Situations page: for those who write files. */
    public boolean situationCreable() {
        return role().ecritDossiers();
    }

    /** Who is logged in, « identifiant (Rôle) »; empty once logged out. */
    public ReadOnlyStringProperty connecteProperty() {
        return connecte;
    }

    public String base() {
        return "Base : " + descriptionBase;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyDoubleProperty progressionProperty() {
        return progression;
    }

    public ReadOnlyBooleanProperty progressionVisibleProperty() {
        return progressionVisible;
    }

    /** « N courriers en attente d’envoi » */
    public ReadOnlyStringProperty courriersProperty() {
        return courriers;
    }

    /** The letters' badge shows only when some wait. */
    public ReadOnlyBooleanProperty courriersVisiblesProperty() {
        return courriersVisibles;
    }

    public ReadOnlyStringProperty derniereSauvegardeProperty() {
        return derniereSauvegarde;
    }

    /** The status bar's "last backup" (read from this computer's backup settings). */
    public void actualiserSauvegarde() {
        ReglagesSauvegarde reglages = sauvegarde.reglages();
        derniereSauvegarde.set(!reglages.active() ? "Sauvegarde automatique non réglée"
                : "Dernière sauvegarde : " + Horaires.ou("aucune", reglages.derniere()));
    }

    /** The badge: how many letters wait to be e-mailed (hidden when none). */
    public void actualiserCourriers() {
        if (!role().estInterne()) {
            // the letters are the cell's internal members' to follow (the use case refuses a partner)
            courriersVisibles.set(false);
            return;
        }
        executeur.executer(() -> cas.suivreCourriers().enAttente(), n -> {
            courriers.set(texteBadge(n));
            courriersVisibles.set(n > 0);
        }, this::signalerErreur);
    }

    /** « 1 courrier en attente d'envoi », « 1 783 courriers … »: a French number. */
    static String texteBadge(long n) {
        return ModeleListe.pluriel(n, "courrier en attente d'envoi", "courriers en attente d'envoi",
                "aucun courrier en attente d'envoi");
    }

    /** Menu action (and click on the badge): delivers what is due now, with a progress bar, then reports. */
    public void envoyerCourriers() {
        demarrerProgression("Envoi des courriers…");
        executeur.executer(() -> cas.envoyerCourriers().envoyer(avancement()), rapport -> {
            progressionVisible.set(false);
            message.set(rapport.enFrancais().lines().findFirst().orElse(""));
            actualiserCourriers();
        }, e -> {
            progressionVisible.set(false);
            signalerErreur(e);
        });
    }

    /** Menu action: a backup now into the chosen folder, or where to set it. */
    public void sauvegarderMaintenant() {
        message.set("Sauvegarde en cours…");
        executeur.executer(sauvegarde::sauvegarderMaintenant, fichier -> {
            message.set("");
            if (fichier.isEmpty()) {
                dialogues.information("Sauvegarde", "La sauvegarde automatique n'est pas réglée : choisissez son "
                        + "dossier et son mot de passe dans Paramètres › Sauvegarde automatique.");
            } else {
                message.set("Sauvegarde écrite : " + fichier.get().getFileName());
            }
        }, this::signalerErreur);
    }

    /**
     * Menu action: restores a backup. The file is checked with the database still open (a refusal changes
     * nothing); then the database closes, is replaced, and {@code fermer} ends the application.
     */
    public void restaurer(Runnable fermer) {
        if (basePartagee) {
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
        executeur.executer(() -> cas.restauration().verifier(fichier.get(), motDePasse.get()), entrees -> {
            if (!dialogues.confirmer("Restaurer une sauvegarde", "La sauvegarde est complète et intacte (" + entrees
                    + " éléments). Les données actuelles seront remplacées (la base actuelle est gardée à côté, "
                    + "« ….avant-restauration-N ») et l'application se fermera : relancez-la ensuite.")) {
                return;
            }
            try {
                cas.restauration().restaurer(fichier.get(), motDePasse.get(), () -> {
                    dialogues.information("Sauvegarde restaurée", "La sauvegarde est restaurée. L'application va se "
                            + "fermer : relancez-la pour retrouver les données restaurées.");
                    fermer.run();
                });
            } catch (RuntimeException e) {
                signalerErreur(e);
            }
        }, this::signalerErreur);
    }

    /**
     * « Charger les données de démonstration… » shows only on an empty database (the use case refuses it on any
     * other): read by {@link #actualiserDemo}.
     */
    public ReadOnlyBooleanProperty demoProposeeProperty() {
        return demoProposee;
    }

    /** Reads whether the demo may be loaded (the coordinatrice's, on an empty database). */
    public void actualiserDemo() {
        if (!commandes().contains(Commande.DEMO)) {
            demoProposee.set(false);
            return;
        }
        executeur.executer(cas.demoPossible(), demoProposee::set, this::signalerErreur);
    }

    /** Menu action: asks, loads the demo cell in the background, then every page is read again. */
    public void chargerDonneesDemo() {
        if (!dialogues.confirmer("Données de démonstration", "Remplir la base avec une cellule fictive "
                + "(7 membres, 60 personnes, 7 séances) ? Cela n'est possible que dans une base vide.")) {
            return;
        }
        message.set("Chargement des données de démonstration…");
        executeur.executer(cas.chargerDemo(), resume -> {
            message.set(resume.enFrancais());
            actualiserTout();
        }, this::signalerErreur);
    }

    /** The page shown and the badge read again (the other pages are read when shown). */
    public void actualiserTout() {
        apresChangement.accept(pageAffichee);
        actualiserCourriers();
        actualiserDemo();
    }

    /** Opens the file of a situation: it is read in the background, then {@code ouvrir} shows it. */
    public void ouvrirDossier(ResumeSituation ligne, BiConsumer<Dossier, ResumeSituation> ouvrir) {
        executeur.executer(() -> cas.lireDossier().lire(ligne.id()),
                lu -> ouvrir.accept(lu, ligne), this::signalerErreur);
    }

    /** « Nouvelle situation… »: the social référents offered are read, then {@code formulaire} asks for the rest. */
    public void nouvelleSituation(Consumer<List<Membre>> formulaire) {
        if (!situationCreable()) {
            return;
        }
        executeur.executer(cas.referents(), formulaire, this::signalerErreur);
    }

    /**
     * The situation form saved: a new file is announced, one found open is explained; every page is read again and
     * {@code afficher} shows the file.
     */
    public void situationEnregistree(CreerSituation.Resultat resultat, Consumer<String> afficher) {
        String numero = resultat.situation().numeroDossier();
        if (resultat.creee()) {
            message.set("Situation " + numero + " créée.");
        } else {
            dialogues.information("Situation déjà ouverte", "Cette personne a déjà une situation "
                    + "ouverte, " + numero + " : elle est affichée plutôt que dupliquée.");
        }
        actualiserTout();
        afficher.accept(numero);
    }

    /**
     * Menu action: reads and classifies the file in the background, shows the preview, then imports the new
     * situations with a progress bar, all or nothing.
     */
    public void importerListeIj60(Path fichier) {
        message.set("Lecture de la liste…");
        executeur.executer(() -> {
            cas.importer().autoriser();
            LecteurListeIj60.Liste liste = LecteurListeIj60.ouvrir(fichier);
            return new Lecture(liste.colonnesIgnorees(), cas.importer().apercu(liste));
        }, lecture -> {
            // columns the application does not know are named, so that a misspelt one is seen before importing
            message.set(lecture.ignorees().isEmpty() ? "" : "Colonne(s) inconnue(s), ignorée(s) : "
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
        demarrerProgression("Import en cours…");
        executeur.executer(() -> cas.importer().importer(apercu, avancement()), resultat -> {
            progressionVisible.set(false);
            message.set(resultat.situationsCreees() + " situation(s) créée(s) par l'import.");
            actualiserTout();
        }, exception -> {
            progressionVisible.set(false);
            signalerErreur(exception);
        });
    }

    /**
     * « Se déconnecter »: the windows close at once; the session ends after the work already queued (the Séances
     * list read again as a meeting window closed ends on the database still open: the executor keeps the order).
     */
    public void seDeconnecter() {
        avantDeconnexion.run();
        executeur.executer(() -> {
            finSession.run();
            return null;
        }, fin -> deconnecte(), echec -> deconnecte());
    }

    private void deconnecte() {
        connecte.set("");
        message.set("");
        apresDeconnexion.run();
    }

    private void demarrerProgression(String texte) {
        message.set(texte);
        progression.set(0);
        progressionVisible.set(true);
    }

    /** Progress reported by the background work, shown on the interface's thread. */
    private Progression avancement() {
        return (faits, total) -> filInterface.execute(() -> progression.set(faits / (double) total));
    }

    /**
     * The user went to another page: the status bar's message of what was done before (« Situation … créée. ») no
     * longer speaks of what is shown, and goes; a work still under way keeps its message beside its progress bar.
     */
    public void pageChangee() {
        if (!progressionVisible.get()) {
            message.set("");
        }
    }

    /** A failure in French, in a dialog; the status bar's message is cleared (pages report theirs here too). */
    public void signalerErreur(Exception exception) {
        message.set("");
        String titre = exception instanceof SaisieInvalideException ? "Opération refusée" : "Erreur";
        dialogues.erreur(titre, MessagesErreur.pourUtilisateur(exception));
    }
}
