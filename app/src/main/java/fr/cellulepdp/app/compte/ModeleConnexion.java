package fr.cellulepdp.app.compte;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.MessagesErreur;
import fr.cellulepdp.model.cellule.Utilisateur;
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
 * What the login dialog does, without a window. The check opens the encrypted database with the password (Argon2id,
 * the file's key, the migrations: seconds on a large file): it runs on the background executor, never on the JavaFX
 * thread, and {@link #enCoursProperty()} says so meanwhile, so that the window shows progress instead of freezing.
 */
public final class ModeleConnexion {

    private final ExecuteurTaches executeur;
    private final DialogueConnexion.Verification verification;
    private final String titreRefus;
    private final BooleanProperty enCours = new SimpleBooleanProperty();
    private final StringProperty probleme = new SimpleStringProperty("");
    private final ObjectProperty<Utilisateur> connecte = new SimpleObjectProperty<>();

    /** @param titreRefus what a refusal is titled, « Connexion refusée » or « Compte refusé » */
    public ModeleConnexion(ExecuteurTaches executeur, DialogueConnexion.Verification verification, String titreRefus) {
        this.executeur = executeur;
        this.verification = verification;
        this.titreRefus = titreRefus;
    }

    /** True while the database is being opened: the fields and the button wait, a progress indicator turns. */
    public ReadOnlyBooleanProperty enCoursProperty() {
        return enCours;
    }

    /** Why the last try was refused, in French; empty otherwise. */
    public ReadOnlyStringProperty problemeProperty() {
        return probleme;
    }

    /** The account once logged in: the dialog closes with it. */
    public ReadOnlyObjectProperty<Utilisateur> connecteProperty() {
        return connecte;
    }

    /** Checks the typed values in the background; a second validation while one runs is ignored. */
    public void valider(String identifiant, char[] motDePasse, char[] confirmation) {
        if (enCours.get()) {
            return;
        }
        if (motDePasse.length == 0) {
            // never a login tried: an Entrée typed ahead, or a slip
            probleme.set("Tapez le mot de passe.");
            return;
        }
        probleme.set("");
        enCours.set(true);
        executeur.executer(() -> verification.verifier(identifiant, motDePasse, confirmation), utilisateur -> {
            enCours.set(false);
            connecte.set(utilisateur);
        }, refus -> {
            enCours.set(false);
            probleme.set(MessagesErreur.refus(titreRefus, refus));
        });
    }
}
