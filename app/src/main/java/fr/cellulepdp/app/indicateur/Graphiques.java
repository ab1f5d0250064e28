package fr.cellulepdp.app.indicateur;

import fr.cellulepdp.app.shell.Tableaux;
import fr.cellulepdp.model.indicateur.Indicateurs.Chiffre;
import fr.cellulepdp.model.indicateur.Indicateurs.Repartition;
import fr.cellulepdp.model.indicateur.Indicateurs.TableauCroise;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import fr.cellulepdp.model.commun.Nombres;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/**
 * Horizontal bar charts of the figures (labels are long, so they read on the left). Each bar is clickable and
 * hands its figure to {@code clic}, which lists the situations behind it.
 */
final class Graphiques {

    private static final double HAUTEUR_PAR_BARRE = 30;

    private Graphiques() {
    }

    static BarChart<Number, String> repartition(String id, Repartition repartition, Consumer<Chiffre> clic) {
        BarChart<Number, String> graphique = new BarChart<>(axeValeurs(), new CategoryAxis());
        XYChart.Series<Number, String> serie = new XYChart.Series<>();
        serie.setName(repartition.titre());
        // the category axis draws the first category at the bottom: reversed, the chart reads top down
        String couleur = CouleursGraphiques.pour(List.of(repartition.titre())).get(0);
        for (Chiffre c : renverse(repartition.chiffres())) {
            serie.getData().add(barre(c, c.libelle(), couleur, clic));
        }
        graphique.getData().add(serie);
        graphique.setStyle(CouleursGraphiques.style(List.of(repartition.titre())));
        return preparer(graphique, id, repartition.titre() + " (" + repartition.total() + ")", false,
                repartition.chiffres().size());
    }

    static StackedBarChart<Number, String> tableau(String id, TableauCroise tableau, Consumer<Chiffre> clic) {
        StackedBarChart<Number, String> graphique = new StackedBarChart<>(axeValeurs(), new CategoryAxis());
        List<TableauCroise.Ligne> lignes = renverse(tableau.lignes());
        List<String> couleurs = CouleursGraphiques.pour(tableau.colonnes());
        for (int i = 0; i < tableau.colonnes().size(); i++) {
            XYChart.Series<Number, String> serie = new XYChart.Series<>();
            serie.setName(tableau.colonnes().get(i));
            for (TableauCroise.Ligne ligne : lignes) {
                Chiffre c = ligne.cellules().get(i);
                serie.getData().add(barre(c, Tableaux.majuscule(ligne.libelle()), couleurs.get(i), clic));
            }
            graphique.getData().add(serie);
        }
        graphique.setStyle(CouleursGraphiques.style(tableau.colonnes()));
        return preparer(graphique, id, tableau.titre(), true, tableau.lignes().size());
    }

    private static <T> List<T> renverse(List<T> liste) {
        List<T> copie = new java.util.ArrayList<>(liste);
        java.util.Collections.reverse(copie);
        return copie;
    }

    private static NumberAxis axeValeurs() {
        NumberAxis axe = new NumberAxis();
        axe.setMinorTickVisible(false);
        axe.setForceZeroInRange(true);
        axe.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number valeur) {
                // whole counts only: no "0,5 situation"
                return valeur.doubleValue() == Math.rint(valeur.doubleValue()) ? Nombres.entier(valeur.longValue()) : "";
            }

            @Override
            public Number fromString(String texte) {
                return Long.valueOf(texte.replaceAll("[\\s\u00a0\u202f]", ""));
            }
        });
        return axe;
    }

    private static XYChart.Data<Number, String> barre(Chiffre chiffre, String categorie, String couleur,
                                                      Consumer<Chiffre> clic) {
        XYChart.Data<Number, String> barre = new XYChart.Data<>(chiffre.valeur(), categorie);
        barre.nodeProperty().addListener((o, ancien, noeud) -> {
            if (noeud != null) {
                Tooltip.install(noeud, new Tooltip(categorie + (chiffre.libelle().equals(categorie) ? ""
                        : " — " + chiffre.libelle()) + " : " + Nombres.entier(chiffre.valeur()) + "\nCliquez pour voir les situations."));
                noeud.setCursor(Cursor.HAND);
                noeud.setOnMouseClicked(e -> clic.accept(chiffre));
                // the value on the bar, not only in the tooltip
                if (chiffre.valeur() > 0 && noeud instanceof javafx.scene.layout.StackPane pave) {
                    javafx.scene.text.Text valeur = new javafx.scene.text.Text(
                            Nombres.entier(chiffre.valeur()));
                    valeur.getStyleClass().add("valeur-barre");
                    valeur.setFill(javafx.scene.paint.Color.web(CouleursGraphiques.texteSur(couleur)));
                    valeur.setMouseTransparent(true);
                    pave.getChildren().add(valeur);
                }
            }
        });
        return barre;
    }

    private static <C extends XYChart<Number, String>> C preparer(C graphique, String id, String titre,
                                                                 boolean legende, int barres) {
        graphique.setId(id);
        graphique.setTitle(titre);
        graphique.setLegendVisible(legende);
        graphique.setAnimated(false);
        graphique.setMinHeight(90 + HAUTEUR_PAR_BARRE * Math.max(1, barres) + (legende ? 30 : 0));
        graphique.setPrefHeight(graphique.getMinHeight());
        return graphique;
    }
}
