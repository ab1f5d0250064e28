package fr.cellulepdp.app.compte;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.cellule.Utilisateur;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the login dialog does, without a window: the typed identifiant and password, the check and its refusal. The
 * check opens the encrypted database with the password (Argon2id, the file's key, the migrations: seconds on a large
 * file): it runs on the background executor, never on the JavaFX thread, and {@link #enCoursProperty()} says so
 * meanwhile, so that the window shows progress instead of freezing. A refusal keeps the identifiant and clears the
 * password, which is typed again.
 */
public final class ModeleConnexion {

    /** What the typed values are checked by; a refusal is an exception whose message the dialog shows. */
    @FunctionalInterface
    public interface Verification {
        Utilisateur verifier(String identifiant, char[] motDePasse, char[] confirmation);
    }

    private final ExecuteurTaches executeur;
    private final Verification verification;
    private final String titreRefus;
    private final StringProperty identifiant = new SimpleStringProperty("");
    private final StringProperty motDePasse = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final BooleanProperty identifiantModifiable = new SimpleBooleanProperty(true);
    private final BooleanProperty enCours = new SimpleBooleanProperty();
    private final StringProperty probleme = new SimpleStringProperty("");
    private final ObjectProperty<Utilisateur> connecte = new SimpleObjectProperty<>();
    private final BooleanBinding validable = enCours.not();

    /** @param titreRefus what a refusal is titled, « Connexion refusée » or « Compte refusé » */
    public ModeleConnexion(ExecuteurTaches executeur, Verification verification, String titreRefus) {
        this.executeur = executeur;
        this.verification = verification;
        this.titreRefus = titreRefus;
    }

    /** The unlocking of a locked session: the identifiant is the session's, not to be changed. */
    public ModeleConnexion fixerIdentifiant(String fixe) {
        identifiant.set(fixe);
        identifiantModifiable.set(false);
        return this;
    }

    public StringProperty identifiantProperty() {
        return identifiant;
    }

    public StringProperty motDePasseProperty() {
        return motDePasse;
    }

    /** The password typed again, when the first account is created. */
    public StringProperty confirmationProperty() {
        return confirmation;
    }

    /** False when unlocking: the session's identifiant is shown, not typed. */
    public ReadOnlyBooleanProperty identifiantModifiableProperty() {
        return identifiantModifiable;
    }

    /** True while the database is being opened: the fields and the button wait, a progress indicator turns. */
    public ReadOnlyBooleanProperty enCoursProperty() {
        return enCours;
    }

    /** Whether « Se connecter » may be pressed now: not while a check runs. */
    public BooleanBinding validable() {
        return validable;
    }

    /** Why the last try was refused, in French; empty otherwise. */
    public ReadOnlyStringProperty problemeProperty() {
        return probleme;
    }

    /** The account once logged in: the dialog closes with it. */
    public ReadOnlyObjectProperty<Utilisateur> connecteProperty() {
        return connecte;
    }

    /**
     * Checks the typed values in the background; a second validation while one runs is ignored. A refusal keeps the
     * identifiant and clears the password (and its confirmation), so that the next keys type it again.
     */
    public void valider() {
        if (enCours.get()) {
            return;
        }
        if (motDePasse.get().isEmpty()) {
            // never a login tried: an Entrée typed ahead, or a slip
            probleme.set("Tapez le mot de passe.");
            return;
        }
        String login = identifiant.get();
        char[] mdp = motDePasse.get().toCharArray();
        char[] confirme = confirmation.get().toCharArray();
        probleme.set("");
        enCours.set(true);
        executeur.executer(() -> verification.verifier(login, mdp, confirme), utilisateur -> {
            enCours.set(false);
            connecte.set(utilisateur);
        }, refus -> {
            enCours.set(false);
            motDePasse.set("");
            confirmation.set("");
            probleme.set(MessagesErreur.refus(titreRefus, refus));
        });
    }
}
