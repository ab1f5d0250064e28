package fr.cellulepdp.app.parametres;

import fr.cellulepdp.app.shell.Champs;
import fr.cellulepdp.app.shell.Dialogues;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.MessagesErreur;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.protection.ConserverDonnees.Candidat;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The retention rule: « Lister » shows the people whose files have all been inactive for longer than the cell's
 * retention period (by file number); « Anonymiser… », once confirmed, erases them and shows the report in counts.
 */
final class EditeurConservation extends VBox {

    private final Services services;
    private final ExecuteurTaches executeur;
    private final Dialogues dialogues;
    private final Label etat = new Label();
    private final Button anonymiser = new Button("Anonymiser…");

    EditeurConservation(Services services, ExecuteurTaches executeur, Dialogues dialogues) {
        super(6);
        this.services = services;
        this.executeur = executeur;
        this.dialogues = dialogues;
        etat.setId("etat-conservation");
        etat.setWrapText(true);
        Button lister = new Button("Lister les dossiers à anonymiser");
        lister.setId("lister-conservation");
        lister.setOnAction(e -> lister());
        anonymiser.setId("anonymiser-conservation");
        anonymiser.setDisable(true);
        anonymiser.setOnAction(e -> anonymiser());
        HBox actions = new HBox(10, lister, anonymiser);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(Champs.sousTitre("Conservation des données"), new Label("Les personnes dont tous les "
                + "dossiers sont inactifs depuis plus que la durée de conservation de la cellule sont anonymisées "
                + "sur confirmation ; les chiffres des bilans restent."), actions, etat);
    }

    private void lister() {
        executeur.executer(() -> services.conserverDonnees().aAnonymiser(services.utilisateur()), candidats -> {
            anonymiser.setDisable(candidats.isEmpty());
            etat.setText(candidats.isEmpty() ? "Aucun dossier n'a dépassé la durée de conservation."
                    : candidats.size() + " personne(s) à anonymiser — dossiers : " + dossiers(candidats));
        }, e -> etat.setText(MessagesErreur.refus("Liste impossible", e)));
    }

    private void anonymiser() {
        if (!dialogues.confirmer("Anonymiser les dossiers anciens", "Les noms, NIR, coordonnées, notes, avis et "
                + "motifs de ces personnes seront effacés définitivement. Continuer ?")) {
            return;
        }
        executeur.executer(() -> {
            var rapport = services.conserverDonnees().anonymiser(services.utilisateur());
            return rapport.texte() + " " + fr.cellulepdp.app.document.EffacementCourriers.apres(services, rapport)
                    .texte();
        }, texte -> {
            anonymiser.setDisable(true);
            etat.setText(texte);
        }, e -> etat.setText(MessagesErreur.refus("Anonymisation refusée", e)));
    }

    private static String dossiers(List<Candidat> candidats) {
        return candidats.stream().flatMap(c -> c.dossiers().stream()).collect(Collectors.joining(", "));
    }
}
