package fr.cellulepdp.app.ui;

import fr.cellulepdp.model.commun.Libelle;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The layout shared by the forms of the views: two columns of labelled fields, and the form's message. */
public final class Formulaires {

    private Formulaires() {
    }

    /** A grid of label / field / label / field, the fields growing with the width. */
    public static GridPane grille() {
        return colonnes(new GridPane());
    }

    /** Lays out {@code grille} as label / field / label / field, the fields growing with the width. */
    public static GridPane colonnes(GridPane grille) {
        grille.setHgap(12);
        grille.setVgap(8);
        grille.getColumnConstraints().setAll(colonneLibelle(), colonneChamp(), colonneLibelle(), colonneChamp());
        return grille;
    }

    private static ColumnConstraints colonneLibelle() {
        ColumnConstraints libelle = new ColumnConstraints();
        libelle.setMinWidth(Region.USE_PREF_SIZE);
        return libelle;
    }

    private static ColumnConstraints colonneChamp() {
        ColumnConstraints champ = new ColumnConstraints();
        champ.setHgrow(Priority.SOMETIMES);
        champ.setFillWidth(true);
        return champ;
    }

    public static void ligne(GridPane grille, int rang, String libelle1, Node champ1, String libelle2, Node champ2) {
        grille.addRow(rang, libelle(libelle1, champ1), champ1, libelle(libelle2, champ2), champ2);
    }

    public static Label libelle(String texte) {
        Label libelle = new Label(texte);
        libelle.setMinWidth(Region.USE_PREF_SIZE);
        return libelle;
    }

    /** A label that names its field for screen readers (and moves the focus to it on its mnemonic). */
    public static Label libelle(String texte, Node champ) {
        Label libelle = libelle(texte);
        if (!texte.isEmpty()) {
            libelle.setLabelFor(champ);
        }
        return libelle;
    }

    /**
     * A dialog's preferred size, no larger than the usable area of the screen less its frame and the room of its
     * buttons, so that Annuler and Enregistrer stay in view; its content scrolls instead.
     */
    public static void tenirDansLEcran(javafx.scene.control.DialogPane pane, double largeur, double hauteur) {
        javafx.geometry.Rectangle2D ecran = javafx.stage.Screen.getPrimary().getVisualBounds();
        pane.setPrefSize(Math.min(largeur, ecran.getWidth() - 40), Math.min(hauteur, ecran.getHeight() - 90));
    }

    /** A text field with its test id, width in characters and a grey hint while it is empty. */
    public static TextField texte(String id, int colonnes, String indication) {
        TextField champ = Champs.texte(id, colonnes);
        champ.setPromptText(indication);
        return champ;
    }

    /**
     * A text field that also offers choices (an editable combo box): any text may be typed, the list only helps;
     * the text is bound both ways to {@code valeur}.
     */
    public static ComboBox<String> texteAvecChoix(String id, ObservableList<String> choix,
                                                  StringProperty valeur, String indication) {
        ComboBox<String> liste = new ComboBox<>(choix);
        liste.setId(id);
        liste.setEditable(true);
        liste.setPromptText(indication);
        liste.setMaxWidth(Double.MAX_VALUE);
        liste.getEditor().textProperty().bindBidirectional(valeur);
        return liste;
    }

    /** A choice among the values of an enumeration, shown by their French label, bound both ways. */
    public static <E extends Enum<E> & Libelle> ComboBox<E> choix(String id, E[] valeurs, Property<E> valeur) {
        ComboBox<E> liste = new ComboBox<>();
        liste.setId(id);
        liste.getItems().setAll(valeurs);
        liste.setConverter(new ConvertisseurTexte<>(Tableaux::texte));
        // as wide as a text field, not as its longest label: the form's columns stay even
        liste.setPrefWidth(200);
        liste.setMaxWidth(Double.MAX_VALUE);
        liste.valueProperty().bindBidirectional(valeur);
        garderInvite(liste);
        return liste;
    }

    /**
     * Shows the combo box's hint again whenever its value goes back to none (JavaFX's own button cell leaves it
     * empty once a value was chosen then cleared).
     */
    public static <T> void garderInvite(ComboBox<T> liste) {
        liste.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T valeur, boolean vide) {
                super.updateItem(valeur, vide);
                setText(vide || valeur == null ? liste.getPromptText() : liste.getConverter().toString(valeur));
            }
        });
    }

    /** The form's message: what was saved, or in red the refusal with every problem. */
    public static Label message(String id, ModeleFormulaire modele) {
        Label message = new Label();
        message.setId(id);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(modele.messageProperty());
        // no empty line under the form while there is nothing to say
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        modele.enErreurProperty().addListener((o, avant, erreur) -> colorer(message, erreur));
        colorer(message, modele.enErreurProperty().get());
        return message;
    }

    private static void colorer(Label message, boolean erreur) {
        message.getStyleClass().remove("problemes-formulaire");
        if (erreur) {
            message.getStyleClass().add("problemes-formulaire");
        }
    }
}
