package fr.cellulepdp.app.ui;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** One entry of the navigation: its title, icon, content, and how to reload it after a change. */
public interface Page {

    /** Short id used for the navigation button ("nav-" + id) and the page ("page-" + id). */
    String id();

    String titre();

    Ikon icone();

    Node contenu();

    /** Reloads the data shown (after demo loading, for instance). */
    void actualiser();
}
