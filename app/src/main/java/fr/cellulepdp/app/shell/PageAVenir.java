package fr.cellulepdp.app.shell;

import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A page whose feature is not built yet: it says plainly what will appear there. */
public final class PageAVenir extends PageDeBase {

    public PageAVenir(String id, String titre, Ikon icone, String explication) {
        super(id, titre, icone);
        FontIcon grandeIcone = new FontIcon(icone);
        grandeIcone.getStyleClass().add("icone-a-venir");
        Label texte = new Label(explication);
        texte.setWrapText(true);
        texte.getStyleClass().add("texte-a-venir");
        corps().setSpacing(16);
        corps().getChildren().addAll(grandeIcone, texte);
    }

    @Override
    public void actualiser() {
        // nothing loaded yet
    }
}
