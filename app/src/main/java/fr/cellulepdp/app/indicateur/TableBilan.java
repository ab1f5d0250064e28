package fr.cellulepdp.app.indicateur;

import static fr.cellulepdp.app.shell.Tableaux.colonne;

import fr.cellulepdp.app.shell.Tableaux;
import fr.cellulepdp.model.indicateur.DefinitionsBilan;
import fr.cellulepdp.model.indicateur.RevueBilan;
import java.util.List;
import javafx.scene.control.TableView;

/** The national review's tables of the Indicateurs page: figures beside the previous period, and those missing. */
final class TableBilan {

    private TableBilan() {
    }

    static TableView<RevueBilan.Ligne> figures(RevueBilan bilan) {
        TableView<RevueBilan.Ligne> table = new TableView<>();
        table.setId("table-bilan-national");
        table.getItems().setAll(bilan.lignes());
        table.getColumns().setAll(List.of(colonne("Code", 62, l -> l.figure().code()),
                colonne("Rubrique", 170, l -> l.figure().rubrique()),
                colonne("Chiffre", 260, l -> l.figure().libelle()),
                colonne("Période", 100, l -> l.actuel().texte()),
                colonne("Période précédente", 120, l -> l.precedent().texte()),
                colonne("Évolution", 150, RevueBilan.Ligne::evolution),
                Tableaux.colonneAvecRetour("Définition", 520, l -> l.figure().definition())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(40 + 30 * Math.min(24, table.getItems().size()));
        return table;
    }

    static TableView<DefinitionsBilan.NonDisponible> nonDisponibles() {
        TableView<DefinitionsBilan.NonDisponible> table = new TableView<>();
        table.setId("table-bilan-non-disponibles");
        table.getItems().setAll(DefinitionsBilan.nonDisponibles());
        table.getColumns().setAll(List.of(colonne("Chiffre du bilan national", 380,
                        DefinitionsBilan.NonDisponible::libelle),
                Tableaux.colonneAvecRetour("Raison", 620, n -> Tableaux.majuscule(n.raison()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(40 + 48 * table.getItems().size());
        return table;
    }
}
