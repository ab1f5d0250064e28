package fr.cellulepdp.app.shell;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/** A page made of a title, a count and a table bound to a {@link ModeleListe}. */
public class PageTableau<T> implements Page {

    private final String id;
    private final String titre;
    private final Ikon icone;
    private final ModeleListe<T> modele;
    private final VBox contenu;

    public PageTableau(String id, String titre, Ikon icone, ModeleListe<T> modele, String vide,
                       List<TableColumn<T, String>> colonnes) {
        this.id = id;
        this.titre = titre;
        this.icone = icone;
        this.modele = modele;
        Label titreLabel = new Label(titre);
        titreLabel.getStyleClass().add("titre-page");
        Label compte = new Label();
        compte.setId("compte-" + id);
        compte.getStyleClass().add("compte");
        compte.textProperty().bind(modele.resumeProperty());
        Region espace = new Region();
        HBox.setHgrow(espace, Priority.ALWAYS);
        HBox entete = new HBox(12, titreLabel, espace, compte);
        TableView<T> table = new TableView<>(modele.lignes());
        table.setId("table-" + id);
        table.getColumns().setAll(colonnes);
        table.setPlaceholder(new Label(vide));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        this.contenu = new VBox(12, entete, table);
        contenu.setPadding(new Insets(20));
        contenu.setId("page-" + id);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String titre() {
        return titre;
    }

    @Override
    public Ikon icone() {
        return icone;
    }

    @Override
    public Node contenu() {
        return contenu;
    }

    @Override
    public void actualiser() {
        modele.actualiser();
    }

    public ModeleListe<T> modele() {
        return modele;
    }
}
