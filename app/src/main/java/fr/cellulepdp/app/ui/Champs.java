package fr.cellulepdp.app.ui;

import java.time.format.DateTimeFormatter;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.util.converter.LocalDateStringConverter;

/** Form fields shared by the forms, with their test ids. */
public final class Champs {

    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Champs() {
    }

    /** A section title inside a form or a tab. */
    public static javafx.scene.control.Label sousTitre(String texte) {
        javafx.scene.control.Label titre = new javafx.scene.control.Label(texte);
        titre.getStyleClass().add("sous-titre");
        return titre;
    }

    /**
     * An amount typed the French way ("1 250,50", spaces and comma allowed); null when the field is empty.
     *
     * @throws NumberFormatException when the text is not an amount
     */
    public static java.math.BigDecimal montant(TextField champ) {
        return montant(champ.getText());
    }

    /** @see #montant(TextField) */
    public static java.math.BigDecimal montant(String saisi) {
        String texte = saisi.strip().replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
        return texte.isEmpty() ? null : new java.math.BigDecimal(texte);
    }

    public static TextField texte(String id, int colonnes) {
        TextField champ = new TextField();
        champ.setId(id);
        champ.setPrefColumnCount(colonnes);
        return champ;
    }

    /** A date typed and shown as jj/mm/aaaa whatever the system's locale; unreadable text leaves it empty. */
    public static DatePicker date(String id) {
        DatePicker date = new DatePicker();
        date.setId(id);
        date.setPromptText("jj/mm/aaaa");
        date.setConverter(new LocalDateStringConverter(JJ_MM_AAAA, JJ_MM_AAAA));
        return date;
    }

    /** Shows the nodes only when the logged-in role may use them; hidden, they take no room either. */
    public static void montrerSi(boolean permis, javafx.scene.Node... noeuds) {
        for (javafx.scene.Node noeud : noeuds) {
            noeud.setVisible(permis);
            noeud.setManaged(permis);
        }
    }

    /** As {@link #montrerSi(boolean, javafx.scene.Node...)}, following a condition that changes. */
    public static void montrerSi(javafx.beans.value.ObservableBooleanValue permis, javafx.scene.Node... noeuds) {
        for (javafx.scene.Node noeud : noeuds) {
            noeud.visibleProperty().bind(permis);
            noeud.managedProperty().bind(permis);
        }
    }
}
