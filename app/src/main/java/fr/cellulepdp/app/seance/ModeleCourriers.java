package fr.cellulepdp.app.seance;

import fr.cellulepdp.model.notification.CanalEnvoi;
import fr.cellulepdp.model.notification.StatutNotification;
import fr.cellulepdp.model.notification.SuivreCourriers;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View model of the meeting's letters: where each stands, in words that say what is left to do (« à poster », not
 * the signing step a letter went through), and the summary (« 3 envoyé(s) sur 4 par courriel… »). Read again at
 * every reading of the meeting, even an equal one: producing the documents changes the letters, not the meeting.
 */
final class ModeleCourriers {

    private final ModeleSeance seance;
    private final ObservableList<SuivreCourriers.Ligne> lignes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper bilan = new ReadOnlyStringWrapper("");

    ModeleCourriers(ModeleSeance seance) {
        this.seance = seance;
        seance.dossierProperty().addListener((javafx.beans.Observable o) -> charger());
    }

    ObservableList<SuivreCourriers.Ligne> lignes() {
        return lignes;
    }

    ReadOnlyStringProperty bilanProperty() {
        return bilan.getReadOnlyProperty();
    }

    void charger() {
        seance.executeur().executer(seance.actions()::courriers, this::afficher, seance::signaler);
    }

    /** Marks the letters to post as posted today, once the user confirmed. */
    void marquerPostes() {
        if (seance.dialogues().confirmer("Courriers postés", "Marquer les courriers à poster de cette séance "
                + "comme envoyés par courrier aujourd'hui ?")) {
            seance.agir(seance.actions()::marquerPostes, n -> { });
        }
    }

    /** The letter's reference, the one the e-mail's subject gives the person (never the file number). */
    static String reference(SuivreCourriers.Ligne ligne) {
        return fr.cellulepdp.model.notification.EnvoyerCourriers.referenceCourrier(ligne.id());
    }

    /** « À poster » or « Postée » for a letter sent by post; the letter's state for an e-mail. */
    static String statut(SuivreCourriers.Ligne ligne) {
        if (ligne.canal() == CanalEnvoi.COURRIER) {
            return ligne.statut() == StatutNotification.ENVOYEE ? "Postée" : "À poster";
        }
        return ligne.statut().libelle();
    }

    private void afficher(List<SuivreCourriers.Ligne> lues) {
        lignes.setAll(lues);
        long parCourriel = lues.stream().filter(l -> l.canal() == CanalEnvoi.EMAIL).count();
        long envoyes = lues.stream().filter(l -> l.statut() == StatutNotification.ENVOYEE).count();
        long aPoster = lues.stream().filter(l -> l.canal() == CanalEnvoi.COURRIER).count();
        long postes = lues.stream().filter(l -> l.canal() == CanalEnvoi.COURRIER
                && l.statut() == StatutNotification.ENVOYEE).count();
        bilan.set(lues.isEmpty() ? "" : envoyes - postes + " envoyé(s) sur " + parCourriel + " par courriel ; "
                + postes + " posté(s) sur " + aPoster + " par courrier."
                + (envoyes == lues.size() ? " Séance entièrement notifiée." : ""));
    }
}
