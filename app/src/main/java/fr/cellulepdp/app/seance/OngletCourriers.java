package fr.cellulepdp.app.seance;

import fr.cellulepdp.app.ui.Horaires;
import fr.cellulepdp.app.ui.Tableaux;
import static fr.cellulepdp.app.ui.Tableaux.colonne;

import fr.cellulepdp.app.document.DialogueApercu;
import fr.cellulepdp.model.notification.CanalEnvoi;
import fr.cellulepdp.model.notification.SuivreCourriers;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The letters of the meeting and where each stands: waiting, sent (with the time), failed (with the server's
 * answer), or to post. The meeting is "entièrement notifiée" once every e-mailed letter is sent.
 */
final class OngletCourriers extends VBox {

    private final TableView<SuivreCourriers.Ligne> table = new TableView<>();
    private final Label bilan = new Label();
    private final ModeleSeance modele;
    private final ModeleCourriers courriers;

    OngletCourriers(ModeleSeance modele) {
        super(8);
        this.modele = modele;
        this.courriers = new ModeleCourriers(modele);
        setPadding(new Insets(12));
        table.setId("table-courriers");
        table.setPlaceholder(new Label("Aucun courrier : générez les documents de la séance une fois clôturée."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Tableaux.auMoins(colonne("Dossier", 120, SuivreCourriers.Ligne::numeroDossier), "PDP-0000-0000"),
                colonne("Destinataire", 160, SuivreCourriers.Ligne::destinataire),
                colonne("Réf.", 90, ModeleCourriers::reference),
                colonne("Envoi", 120, SuivreCourriers.Ligne::canal),
                colonne("Statut", 140, ModeleCourriers::statut),
                colonne("Envoyé le", 150, l -> l.envoyeeLe() == null ? "" : Horaires.horodatage(l.envoyeeLe())),
                colonne("Essais", 60, SuivreCourriers.Ligne::tentatives),
                Tableaux.colonneAvecRetour("Réponse du serveur", 360, SuivreCourriers.Ligne::derniereErreur)));
        VBox.setVgrow(table, Priority.ALWAYS);
        bilan.setId("bilan-courriers");
        Button aPoster = new Button("Courriers à poster (PDF)…");
        aPoster.setId("courriers-a-poster");
        aPoster.setOnAction(e -> courriersAPoster());
        Button postes = new Button("Marquer les courriers à poster comme postés");
        postes.setId("marquer-postes");
        postes.setOnAction(e -> courriers.marquerPostes());
        Button eml = new Button("Exporter en .eml…");
        eml.setId("exporter-eml");
        eml.setOnAction(e -> exporterEml());
        HBox commandes = new HBox(10, aPoster, postes, eml);
        // printing, posting and exporting letters are the coordinatrice's
        fr.cellulepdp.app.ui.Champs.montrerSi(modele.pilote(), commandes);
        getChildren().setAll(commandes, bilan, table);
        table.setItems(courriers.lignes());
        bilan.textProperty().bind(courriers.bilanProperty());
    }

    /** One PDF of every letter to post, in the meeting's folder, shown before printing. */
    private void courriersAPoster() {
        int numero = modele.dossier().seance().numero();
        modele.executeur().executer(() -> modele.actions().courriersAPoster(numero), document -> {
            if (document.isEmpty()) {
                modele.dialogues().information("Courriers à poster", "Aucun courrier à poster pour cette séance.");
            } else {
                new DialogueApercu("Courriers à poster — " + document.get().nomFichier(), List.of(document.get()))
                        .show();
            }
        }, modele::signaler);
    }

    /** The selected e-mailed letter as an .eml file in the meeting's folder, for a desktop mail client. */
    private void exporterEml() {
        SuivreCourriers.Ligne ligne = table.getSelectionModel().getSelectedItem();
        if (ligne == null || ligne.canal() != CanalEnvoi.EMAIL) {
            modele.dialogues().information("Export .eml", "Choisissez d'abord un courrier envoyé par courriel.");
            return;
        }
        int numero = modele.dossier().seance().numero();
        modele.executeur().executer(() -> modele.actions().exporterEml(numero, ligne),
                fichier -> modele.dialogues().information("Export .eml", "Courriel enregistré : " + fichier),
                modele::signaler);
    }
}
