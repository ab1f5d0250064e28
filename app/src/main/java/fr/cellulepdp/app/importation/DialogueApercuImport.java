package fr.cellulepdp.app.importation;

import static fr.cellulepdp.app.ui.Tableaux.colonne;

import fr.cellulepdp.model.importation.ApercuImport;
import fr.cellulepdp.model.importation.ClasseLigne;
import fr.cellulepdp.model.importation.LigneClassee;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * The preview of an import: the count of each class and every row with its reason, before anything is
 * written. Names are shown as initials, as the screen may be seen by others.
 */
public final class DialogueApercuImport extends Dialog<Boolean> {

    public DialogueApercuImport(ApercuImport apercu) {
        setTitle("Import de la liste IJ 60 jours");
        setHeaderText(apercu.resumeEnFrancais());
        TableView<LigneClassee> table = new TableView<>(FXCollections.observableArrayList(apercu.lignes()));
        table.setId("table-apercu-import");
        table.getColumns().setAll(List.of(
                colonne("Ligne", 60, LigneClassee::numeroLigne),
                colonne("Résultat", 150, LigneClassee::classe),
                colonne("Personne", 90, LigneClassee::personne),
                colonne("Motif", 520, LigneClassee::motif)));
        table.setPrefSize(840, 420);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        long nouvelles = apercu.nombre(ClasseLigne.NOUVELLE);
        Label explication = new Label(nouvelles == 0 ? "Aucune nouvelle situation à créer."
                : "Les lignes en erreur et les situations déjà suivies ne seront pas importées. L'import est "
                        + "complet ou n'a pas lieu : une interruption ne laisse aucune situation à moitié créée.");
        explication.setWrapText(true);
        getDialogPane().setContent(new VBox(10, table, explication));
        ButtonType importer = new ButtonType("Importer " + nouvelles + " situation(s)", ButtonBar.ButtonData.OK_DONE);
        ButtonType annuler = new ButtonType("Annuler", ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(importer, annuler);
        getDialogPane().lookupButton(importer).setDisable(nouvelles == 0);
        setResultConverter(bouton -> bouton == importer);
    }
}
