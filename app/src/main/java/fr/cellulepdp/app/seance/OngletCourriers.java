package fr.cellulepdp.app.seance;

import static fr.cellulepdp.app.shell.Tableaux.colonne;

import fr.cellulepdp.model.notification.CanalEnvoi;
import fr.cellulepdp.model.notification.StatutNotification;
import fr.cellulepdp.model.notification.SuivreCourriers;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The letters of the meeting and where each stands: waiting, sent (with the time), failed (with the server's
 * answer), or to post. The meeting is "entièrement notifiée" once every e-mailed letter is sent.
 */
final class OngletCourriers extends VBox {

    private final TableView<SuivreCourriers.Ligne> table = new TableView<>();
    private final Label bilan = new Label();

    OngletCourriers(ModeleSeance modele) {
        super(8);
        setPadding(new Insets(12));
        table.setId("table-courriers");
        table.setPlaceholder(new Label("Aucun courrier : générez les documents de la séance une fois clôturée."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                colonne("Dossier", 120, SuivreCourriers.Ligne::numeroDossier),
                colonne("Destinataire", 160, SuivreCourriers.Ligne::destinataire),
                colonne("Envoi", 120, SuivreCourriers.Ligne::canal),
                colonne("Statut", 140, SuivreCourriers.Ligne::statut),
                colonne("Envoyé le", 150, l -> l.envoyeeLe() == null ? "" : Horaires.horodatage(l.envoyeeLe())),
                colonne("Essais", 60, SuivreCourriers.Ligne::tentatives),
                colonne("Réponse du serveur", 360, SuivreCourriers.Ligne::derniereErreur)));
        VBox.setVgrow(table, Priority.ALWAYS);
        bilan.setId("bilan-courriers");
        getChildren().setAll(bilan, table);
        // every reading, even an equal one: producing the documents changes the letters, not the meeting
        modele.dossierProperty().addListener((javafx.beans.Observable o) -> {
            var services = modele.services();
            var dossier = modele.dossier();
            modele.executeur().executer(() -> services.suivreCourriers().deLaSeance(services.utilisateur(),
                    dossier.seance().id()), this::afficher, modele::signaler);
        });
    }

    private void afficher(List<SuivreCourriers.Ligne> lignes) {
        table.getItems().setAll(lignes);
        long parCourriel = lignes.stream().filter(l -> l.canal() == CanalEnvoi.EMAIL).count();
        long envoyes = lignes.stream().filter(l -> l.statut() == StatutNotification.ENVOYEE).count();
        long aPoster = lignes.stream().filter(l -> l.canal() == CanalEnvoi.COURRIER).count();
        bilan.setText(lignes.isEmpty() ? "" : envoyes + " envoyé(s) sur " + parCourriel + " par courriel ; "
                + aPoster + " à poster." + (envoyes == parCourriel ? " Courriels : tous envoyés." : ""));
    }
}
