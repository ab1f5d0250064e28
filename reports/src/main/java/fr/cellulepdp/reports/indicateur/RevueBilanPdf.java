package fr.cellulepdp.reports.indicateur;

import fr.cellulepdp.reports.redaction.Redaction;

import static fr.cellulepdp.reports.redaction.Redaction.t;

import fr.cellulepdp.model.consolidation.Consolidation;
import fr.cellulepdp.model.consolidation.ExportBilan;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.indicateur.DefinitionsBilan;
import fr.cellulepdp.model.indicateur.DefinitionsBilan.Figure;
import fr.cellulepdp.model.indicateur.FaitsBilan;
import fr.cellulepdp.model.indicateur.RevueBilan;
import fr.cellulepdp.reports.pdf.Composition;
import fr.cellulepdp.reports.pdf.Histogramme;
import fr.cellulepdp.reports.pdf.Metadonnees;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The national review's figures (seed 003) as tables and charts, with the existing layout helpers: in the cell's
 * review (each figure beside the previous period, and the change), and as the consolidated review of several cells'
 * exports (a column per cell and a total). Both end with the definitions and the figures the records cannot give.
 */
public final class RevueBilanPdf {

    /** Cells side by side in one table before it is continued in another: a portrait page stays readable. */
    private static final int CELLULES_PAR_TABLEAU = 4;
    /** Beyond this, charts show the total only (a legend of 100 cells says nothing). */
    private static final int SERIES_MAX = 6;
    private static final List<String> TRANCHES = List.of("PERS_AGE_16_25", "PERS_AGE_26_45", "PERS_AGE_46_55",
            "PERS_AGE_56_59", "PERS_AGE_60_63", "PERS_AGE_64_PLUS");

    private RevueBilanPdf() {
    }

    /** The cell's own section of its review. */
    static void sections(Composition page, RevueBilan bilan) {
        page.sousTitre("Bilan national de la PDP (définitions du bilan 2020)");
        page.paragraphe(t("Chaque chiffre du bilan national que les dossiers de la cellule permettent de donner, "
                + "à côté de la même période un an plus tôt (du " + Redaction.date(bilan.precedente().du()) + " au "
                + Redaction.date(bilan.precedente().au()) + "). Définitions en fin de section."),
                Composition.Style.PETIT);
        // the period only: the chart stacks its series, which adds cells up but would add two years together
        graphiqueAges(page, List.of("Période"), List.of(bilan.actuels()));
        Map<String, List<List<String>>> parRubrique = new LinkedHashMap<>();
        for (RevueBilan.Ligne l : bilan.lignes()) {
            parRubrique.computeIfAbsent(l.figure().rubrique(), r -> new ArrayList<>()).add(List.of(
                    l.figure().code(), t(l.figure().libelle()), l.actuel().texte(), l.precedent().texte(),
                    l.evolution()));
        }
        parRubrique.forEach((rubrique, lignes) -> {
            page.sousTitre(rubrique);
            page.tableau(List.of("Code", "Chiffre", "Période", "Période précédente", "Évolution"),
                    new float[] {8, 44, 16, 16, 16}, lignes);
        });
        definitions(page);
    }

    /** The consolidated review of several cells' exports. */
    public static DocumentPdf consolidee(Consolidation c, LocalDate editeeLe) {
        try (Composition page = new Composition()) {
            String titre = "Revue consolidée de " + c.cellules().size() + " cellule" + (c.cellules().size() > 1 ? "s"
                    : "") + " PDP";
            page.titre(titre);
            page.paragraphe(t("Du " + Redaction.date(c.periode().du()) + " au " + Redaction.date(c.periode().au())
                    + ". Définitions « " + DefinitionsBilan.VERSION + " ». Éditée le " + Redaction.date(editeeLe)
                    + " à partir des exports signés des cellules, sans aucune donnée nominative."),
                    Composition.Style.NORMAL);
            page.sousTitre("Cellules et exports vérifiés");
            List<List<String>> cellules = new ArrayList<>();
            for (int i = 0; i < c.cellules().size(); i++) {
                ExportBilan e = c.cellules().get(i);
                cellules.add(List.of(Integer.toString(i + 1), t(e.cellule()), Redaction.date(e.periode().du()) + " – "
                        + Redaction.date(e.periode().au()), groupes(e.empreinteCle().substring(0, 16))));
            }
            page.tableau(List.of("N°", "Cellule", "Période", "Empreinte de la clé (début)"),
                    new float[] {6, 44, 26, 24}, cellules);
            page.paragraphe(t("Un effectif de 1 à 4 personnes, et ce qui permettrait de le retrouver par "
                    + "différence, est masqué par la cellule avant l'export (« masqué »). Un total n'additionne que "
                    + "les valeurs connues : s'il manque une valeur masquée, il se lit « ≥ n ». Une moyenne ou une "
                    + "part dont une composante est masquée est masquée."), Composition.Style.PETIT);
            List<String> series = new ArrayList<>();
            List<FaitsBilan> faits = new ArrayList<>();
            if (c.cellules().size() <= SERIES_MAX) {
                c.cellules().forEach(e -> {
                    series.add(e.cellule());
                    faits.add(e.faits());
                });
            } else {
                series.add("Total des cellules");
                faits.addAll(c.cellules().stream().map(ExportBilan::faits).toList());
            }
            graphiqueAges(page, series, c.cellules().size() <= SERIES_MAX ? faits : List.of(somme(faits)));
            Map<String, List<Consolidation.Ligne>> parRubrique = new LinkedHashMap<>();
            c.lignes().forEach(l -> parRubrique.computeIfAbsent(l.figure().rubrique(), r -> new ArrayList<>()).add(l));
            parRubrique.forEach((rubrique, lignes) -> tableauxConsolides(page, rubrique, c, lignes));
            definitions(page);
            return new DocumentPdf(page.terminer(new Metadonnees(titre, "Consolidation régionale",
                    "Revue consolidée des cellules PDP"), titre), List.of());
        }
    }

    /** One table per group of cells; the total in the last one. */
    private static void tableauxConsolides(Composition page, String rubrique, Consolidation c,
                                           List<Consolidation.Ligne> lignes) {
        int n = c.cellules().size();
        for (int debut = 0; debut < n; debut += CELLULES_PAR_TABLEAU) {
            int fin = Math.min(n, debut + CELLULES_PAR_TABLEAU);
            boolean dernier = fin == n;
            page.sousTitre(rubrique + (n > CELLULES_PAR_TABLEAU ? " (cellules " + (debut + 1) + " à " + fin + ")"
                    : ""));
            List<String> entetes = new ArrayList<>(List.of("Code", "Chiffre"));
            for (int i = debut; i < fin; i++) {
                entetes.add((i + 1) + ". " + t(c.cellules().get(i).cellule()));
            }
            if (dernier) {
                entetes.add("Total");
            }
            int colonnes = entetes.size() - 2;
            float[] proportions = new float[entetes.size()];
            proportions[0] = 8;
            proportions[1] = 36;
            for (int i = 2; i < proportions.length; i++) {
                proportions[i] = 56f / colonnes;
            }
            final int d = debut;
            List<List<String>> rangees = new ArrayList<>();
            for (Consolidation.Ligne l : lignes) {
                List<String> rangee = new ArrayList<>(List.of(l.figure().code(), t(l.figure().libelle())));
                for (int i = d; i < fin; i++) {
                    rangee.add(l.parCellule().get(i).texte());
                }
                if (dernier) {
                    rangee.add(l.total().texte());
                }
                rangees.add(rangee);
            }
            page.tableau(entetes, proportions, rangees);
        }
    }

    private static void graphiqueAges(Composition page, List<String> series, List<FaitsBilan> faits) {
        page.sousTitre("Personnes accompagnées par tranche d'âge");
        Map<String, String> libelles = DefinitionsBilan.faits();
        Function<String, long[]> valeurs = code -> faits.stream()
                .mapToLong(f -> f.masque(code) ? 0 : f.valeur(code)).toArray();
        Histogramme.dessiner(page, series.size() > 1 ? series : List.of(),
                TRANCHES.stream().map(code -> new Histogramme.Barre(libelles.get(code), valeurs.apply(code))).toList());
        if (faits.stream().anyMatch(f -> TRANCHES.stream().anyMatch(f::masque))) {
            page.paragraphe("Les tranches masquées (petits effectifs) ne sont pas dessinées.", Composition.Style.PETIT);
        }
    }

    private static FaitsBilan somme(List<FaitsBilan> faits) {
        Map<String, Long> total = new LinkedHashMap<>();
        java.util.Set<String> masques = new java.util.HashSet<>();
        for (FaitsBilan f : faits) {
            f.valeurs().forEach((k, v) -> total.merge(k, f.masque(k) ? 0 : v, Long::sum));
        }
        return new FaitsBilan(total, masques, Map.of());
    }

    private static void definitions(Composition page) {
        page.sousTitre("Définitions retenues");
        List<List<String>> lignes = new ArrayList<>();
        for (Figure f : DefinitionsBilan.figures()) {
            lignes.add(List.of(f.code(), t(f.libelle()), t(f.definition())));
        }
        page.tableau(List.of("Code", "Chiffre", "Définition"), new float[] {8, 30, 62}, lignes);
        page.sousTitre("Chiffres du bilan national que les dossiers de la cellule ne donnent pas");
        page.tableau(List.of("Chiffre", "Raison"), new float[] {40, 60}, DefinitionsBilan.nonDisponibles().stream()
                .map(n -> List.of(t(n.libelle()), t(Redaction.majuscule(n.raison())))).toList());
    }

    /** "3f2a 91c0 …": a fingerprint read aloud over the phone. */
    private static String groupes(String hex) {
        return hex.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
