package fr.cellulepdp.app.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/** What every page shares: its id, title and icon, and a padded column that starts with the title. */
public abstract class PageDeBase implements Page {

    private final String id;
    private final String titre;
    private final Ikon icone;
    private final VBox contenu = new VBox(12);

    protected PageDeBase(String id, String titre, Ikon icone) {
        this.id = id;
        this.titre = titre;
        this.icone = icone;
        Label titreLabel = new Label(titre);
        titreLabel.getStyleClass().add("titre-page");
        contenu.getChildren().add(titreLabel);
        contenu.setPadding(new Insets(20));
        contenu.setId("page-" + id);
    }

    /** The page's column, its title first; subclasses add their content below it. */
    protected VBox corps() {
        return contenu;
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
}
