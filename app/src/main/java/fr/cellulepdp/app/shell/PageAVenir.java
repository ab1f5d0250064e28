package fr.cellulepdp.app.shell;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A page whose feature is not built yet: it says plainly what will appear there. */
public final class PageAVenir implements Page {

    private final String id;
    private final String titre;
    private final Ikon icone;
    private final VBox contenu;

    public PageAVenir(String id, String titre, Ikon icone, String explication) {
        this.id = id;
        this.titre = titre;
        this.icone = icone;
        Label titreLabel = new Label(titre);
        titreLabel.getStyleClass().add("titre-page");
        FontIcon grandeIcone = new FontIcon(icone);
        grandeIcone.getStyleClass().add("icone-a-venir");
        Label texte = new Label(explication);
        texte.setWrapText(true);
        texte.getStyleClass().add("texte-a-venir");
        this.contenu = new VBox(16, titreLabel, grandeIcone, texte);
        contenu.setPadding(new Insets(24));
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
        // nothing loaded yet
    }
}
