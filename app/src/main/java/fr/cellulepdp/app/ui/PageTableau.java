package fr.cellulepdp.app.ui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/** A page made of a title, a count and a table bound to a {@link ModeleListe}. */
public class PageTableau<T> extends PageDeBase {

    private final ModeleListe<T> modele;
    private final TableView<T> table;

    public PageTableau(String id, String titre, Ikon icone, ModeleListe<T> modele, String vide,
                       List<TableColumn<T, String>> colonnes) {
        this(id, titre, icone, modele, new javafx.beans.property.ReadOnlyStringWrapper(vide), colonnes);
    }

    /** With the empty table's text following the page's filters ({@code vide}, from its view model). */
    public PageTableau(String id, String titre, Ikon icone, ModeleListe<T> modele,
                       javafx.beans.value.ObservableStringValue vide, List<TableColumn<T, String>> colonnes) {
        super(id, titre, icone);
        this.modele = modele;
        Label compte = new Label();
        compte.setId("compte-" + id);
        compte.getStyleClass().add("compte");
        compte.textProperty().bind(modele.resumeProperty());
        // the count sits on the title's line, at the right
        Label titreLabel = (Label) corps().getChildren().remove(0);
        Region espace = new Region();
        HBox.setHgrow(espace, Priority.ALWAYS);
        table = new TableView<>(modele.lignes());
        table.setId("table-" + id);
        table.getColumns().setAll(colonnes);
        // while the rows are read (a loaded computer, a server far away), the empty table does not say « aucune »
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(modele.chargementProperty())
                .then("Lecture en cours…").otherwise(vide));
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        corps().getChildren().addAll(new HBox(12, titreLabel, espace, compte), table);
    }

    /** Opens a row: double click, or Enter on the selected row. */
    protected void surOuverture(java.util.function.Consumer<T> ouvrir) {
        table.setOnMouseClicked(e -> {
            T ligne = table.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && ligne != null) {
                ouvrir.accept(ligne);
            }
        });
        table.setOnKeyPressed(e -> {
            T ligne = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && ligne != null) {
                ouvrir.accept(ligne);
            }
        });
    }

    /** Puts a bar (search, filters) between the title and the table. */
    protected void ajouterBarre(javafx.scene.Node barre) {
        corps().getChildren().add(1, barre);
    }

    @Override
    public void actualiser() {
        modele.actualiser();
    }

    protected TableView<T> table() {
        return table;
    }

    public ModeleListe<T> modele() {
        return modele;
    }
}
