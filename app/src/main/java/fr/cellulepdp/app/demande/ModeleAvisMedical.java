package fr.cellulepdp.app.demande;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.MessagesErreur;
import fr.cellulepdp.model.situation.AvisMedicalSituation;
import fr.cellulepdp.model.situation.Situation;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * View model of one file's medical opinion: whether the user logged in writes it (a medical référent) or only reads
 * it, the text as read through the use case (which refuses anyone else), and its saving; a refusal is said in place.
 */
final class ModeleAvisMedical {

    final StringProperty avis = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper etat = new ReadOnlyStringWrapper("");
    private final AvisMedicalSituation avisMedical;
    private final ExecuteurTaches executeur;
    private final Situation situation;
    private final boolean ecrit;

    ModeleAvisMedical(AvisMedicalSituation avisMedical, ExecuteurTaches executeur, Situation situation) {
        this.avisMedical = avisMedical;
        this.executeur = executeur;
        this.situation = situation;
        this.ecrit = avisMedical.peutEcrire();
    }

    Situation situation() {
        return situation;
    }

    /** The user logged in writes the opinion; the others read it at most. */
    boolean ecrit() {
        return ecrit;
    }

    ReadOnlyStringProperty etatProperty() {
        return etat.getReadOnlyProperty();
    }

    /** Reads the opinion; a refusal (a role that may not read it) is said instead. */
    void lire() {
        executeur.executer(() -> avisMedical.lire(situation.id()), avis::set,
                refus -> etat.set(MessagesErreur.pourUtilisateur(refus)));
    }

    /** Saves the opinion as typed; {@code enregistree} receives the file once saved. */
    void enregistrer(Consumer<Situation> enregistree) {
        String texte = avis.get();
        executeur.executer(() -> avisMedical.enregistrer(situation.id(), texte),
                enregistree::accept, refus -> etat.set(MessagesErreur.refus("Avis refusé", refus)));
    }
}
