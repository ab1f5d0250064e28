package fr.cellulepdp.app.ui;

import fr.cellulepdp.model.commun.Libelle;
import fr.cellulepdp.model.commun.Nombres;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Read-only table columns from a function of the row, with French formatting of dates and labels. */
public final class Tableaux {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("HH'h'mm");

    private Tableaux() {
    }

    /**
     * A column of {@code largeur} when the table has room; the tables share their width among the columns (constrained
     * resize policy), never below the width of the column's header, so that no header ends in « … » on a small screen.
     */
    public static <T> TableColumn<T, String> colonne(String titre, double largeur, Function<T, Object> valeur) {
        TableColumn<T, String> colonne = new TableColumn<>(titre);
        colonne.setPrefWidth(largeur);
        colonne.setMinWidth(largeurTexte(titre, FontWeight.BOLD) + MARGE_ENTETE);
        colonne.setCellValueFactory(cellule -> new ReadOnlyStringWrapper(texte(valeur.apply(cellule.getValue()))));
        return colonne;
    }

    /** A column whose long texts wrap onto several lines within the column's width. */
    public static <T> TableColumn<T, String> colonneAvecRetour(String titre, double largeur, Function<T, Object> valeur) {
        TableColumn<T, String> colonne = colonne(titre, largeur, valeur);
        colonne.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text texte = new javafx.scene.text.Text();

            {
                texte.wrappingWidthProperty().bind(colonne.widthProperty().subtract(10));
                // "text" takes the greyed and overdue rows' colours; "texte-retour" the selected row's white
                texte.getStyleClass().addAll("text", "texte-retour");
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String contenu, boolean vide) {
                super.updateItem(contenu, vide);
                texte.setText(vide || contenu == null ? "" : contenu);
                setGraphic(vide ? null : texte);
            }
        });
        return colonne;
    }

    /**
     * A column whose values have a fixed form (a date, a file number, a count): never narrower than {@code exemple},
     * the longest such value, so that it is never cut; the columns of free text share what is left, and wrap.
     */
    public static <T> TableColumn<T, String> auMoins(TableColumn<T, String> colonne, String exemple) {
        colonne.setMinWidth(Math.max(colonne.getMinWidth(), largeurTexte(exemple, FontWeight.NORMAL) + MARGE_CELLULE));
        return colonne;
    }

    /** Padding of a cell, and of a header with room for the sort arrow. */
    private static final double MARGE_CELLULE = 14;
    private static final double MARGE_ENTETE = 26;

    /** The width of {@code texte} in the tables' font (the application's, at the system's size). */
    private static double largeurTexte(String texte, FontWeight graisse) {
        Text mesure = new Text(texte);
        mesure.setFont(Font.font("DejaVu Sans", graisse, Font.getDefault().getSize()));
        return Math.ceil(mesure.getLayoutBounds().getWidth());
    }

    /** The text with its first letter in upper case. */
    public static String majuscule(String texte) {
        return texte.isEmpty() ? texte : texte.substring(0, 1).toUpperCase(java.util.Locale.FRENCH) + texte.substring(1);
    }

    /** How a value reads in a table: labels for enums, French dates and numbers, "Oui" or empty for flags. */
    public static String texte(Object valeur) {
        if (valeur == null) {
            return "";
        }
        if (valeur instanceof Libelle libelle) {
            // labels are lower case to fit in sentences; a table cell starts with a capital
            return majuscule(libelle.libelle());
        }
        if (valeur instanceof LocalDate date) {
            return date.format(DATE);
        }
        if (valeur instanceof LocalTime heure) {
            return heure.format(HEURE);
        }
        if (valeur instanceof Boolean drapeau) {
            return drapeau ? "Oui" : "";
        }
        // the amounts are the only decimals the tables show; counts read with their thousands apart
        if (valeur instanceof java.math.BigDecimal montant) {
            return Nombres.montant(montant);
        }
        if (valeur instanceof Long || valeur instanceof Integer) {
            return Nombres.entier(((Number) valeur).longValue());
        }
        return valeur.toString();
    }
}
