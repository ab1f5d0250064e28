package fr.cellulepdp.app.indicateur;

import static fr.cellulepdp.app.ui.Tableaux.colonne;

import fr.cellulepdp.model.situation.ResumeSituation;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The situations behind one figure, as the user may see them (initials only for a partner). */
final class DialogueSituationsDuChiffre extends Dialog<Void> {

    DialogueSituationsDuChiffre(String titre, List<ResumeSituation> situations) {
        setTitle("Situations du chiffre");
        setHeaderText(titre + " : " + situations.size() + " situation" + (situations.size() > 1 ? "s" : ""));
        TableView<ResumeSituation> table = new TableView<>();
        table.setId("table-situations-du-chiffre");
        table.getItems().setAll(situations);
        table.getColumns().setAll(List.of(fr.cellulepdp.app.ui.Tableaux.auMoins(
                colonne("Dossier", 130, ResumeSituation::numeroDossier), "PDP-0000-0000"),
                colonne("Personne", 200, ResumeSituation::personne),
                colonne("Origine", 150, ResumeSituation::origine),
                colonne("Risque", 150, ResumeSituation::risque),
                colonne("Statut", 100, ResumeSituation::statut),
                colonne("Référent", 160, ResumeSituation::referent)));
        table.setPlaceholder(new Label("Aucune situation."));
        table.setPrefSize(900, 420);
        getDialogPane().setContent(new VBox(8, table));
        getDialogPane().getButtonTypes().setAll(new ButtonType("Fermer", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
    }
}
