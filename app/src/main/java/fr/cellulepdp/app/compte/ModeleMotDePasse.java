package fr.cellulepdp.app.compte;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.compte.GererComptes;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * View model of « Changer mon mot de passe… » : the current password, the new one twice, changed in the user's name
 * in the background (hashing takes a moment); a refusal names each problem and keeps what was typed.
 */
public final class ModeleMotDePasse {

    final StringProperty actuel = new SimpleStringProperty("");
    final StringProperty nouveau = new SimpleStringProperty("");
    final StringProperty confirmation = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problemes = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper enCours = new ReadOnlyBooleanWrapper(false);
    private final GererComptes gererComptes;
    private final UtilisateurCourant utilisateurCourant;
    private final ExecuteurTaches executeur;

    public ModeleMotDePasse(GererComptes gererComptes, UtilisateurCourant utilisateurCourant,
            ExecuteurTaches executeur) {
        this.gererComptes = gererComptes;
        this.utilisateurCourant = utilisateurCourant;
        this.executeur = executeur;
    }

    String identifiant() {
        return utilisateurCourant.utilisateur().identifiant();
    }

    ReadOnlyStringProperty problemesProperty() {
        return problemes.getReadOnlyProperty();
    }

    /** A change is under way: the button waits. */
    ReadOnlyBooleanProperty enCoursProperty() {
        return enCours.getReadOnlyProperty();
    }

    /** Changes the password; {@code fait} runs once it is saved. */
    void changer(Runnable fait) {
        char[] ancien = actuel.get().toCharArray();
        char[] mot = nouveau.get().toCharArray();
        char[] encore = confirmation.get().toCharArray();
        enCours.set(true);
        executeur.executer(() -> gererComptes.changerLeMien(ancien, mot, encore),
                compte -> {
                    enCours.set(false);
                    problemes.set("");
                    fait.run();
                }, refus -> {
                    enCours.set(false);
                    problemes.set(MessagesErreur.refus("Mot de passe inchangé", refus));
                });
    }
}
