package fr.cellulepdp.reports.indicateur;

import fr.cellulepdp.reports.redaction.Redaction;

import static fr.cellulepdp.reports.redaction.Redaction.t;

import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.indicateur.GenerateurBilan.ContenuBilan;
import fr.cellulepdp.model.indicateur.Indicateurs;
import fr.cellulepdp.model.indicateur.Indicateurs.Chiffre;
import fr.cellulepdp.model.indicateur.Indicateurs.IndicateurNational;
import fr.cellulepdp.model.indicateur.Indicateurs.Repartition;
import fr.cellulepdp.model.indicateur.Indicateurs.TableauCroise;
import fr.cellulepdp.model.indicateur.Periode;
import fr.cellulepdp.reports.pdf.Composition;
import fr.cellulepdp.reports.pdf.Histogramme;
import fr.cellulepdp.reports.pdf.Metadonnees;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * The cell's review for a period (the yearly review): activity, decisions by measure and outcome, referrals by
 * origin, risk, age band and sex, delays, outcomes of closed files and what became of people after each measure,
 * then the national indicators with their definitions. Figures only: no name, NIR or medical detail.
 */
public final class BilanPdf {

    private BilanPdf() {
    }

    public static DocumentPdf generer(ContenuBilan contenu) {
        Indicateurs ind = contenu.indicateurs();
        try (Composition page = new Composition()) {
            Redaction.enTete(page, contenu.cellule(), contenu.logo());
            page.titre(titre(ind.periode()));
            page.paragraphe(t("Période : du " + Redaction.date(ind.periode().du()) + " au "
                    + Redaction.date(ind.periode().au()) + ". Édité le " + Redaction.date(contenu.editeLe()) + "."),
                    Composition.Style.NORMAL);

            page.sousTitre("Activité de la cellule");
            page.tableau(List.of("Indicateur", "Valeur"), new float[] {75, 25}, List.of(
                    List.of(ind.situationsEtudiees().libelle(), Long.toString(ind.situationsEtudiees().valeur())),
                    List.of("Séances tenues", Integer.toString(ind.seances().tenues())),
                    List.of("Présence des membres convoqués", Indicateurs.pourcentage(ind.seances().tauxPresence())
                            + " (" + ind.seances().presences() + " sur " + ind.seances().convocations() + ")"),
                    List.of("Décisions datées (délai de la demande à la décision)",
                            Integer.toString(ind.delai().decisions())),
                    List.of("Délai médian", ind.delai().decisions() == 0 ? "—"
                            : Indicateurs.jours(ind.delai().medianeJours()) + " jours"),
                    List.of("Délai au 90e centile", ind.delai().decisions() == 0 ? "—"
                            : ind.delai().centile90Jours() + " jours")));

            tableauCroise(page, ind.decisionsParMesure());
            for (Repartition r : List.of(ind.parOrigine(), ind.parRisque(), ind.parAge(), ind.parSexe(), ind.issues())) {
                repartition(page, r);
            }
            tableauCroise(page, ind.devenirParMesure());
            nationaux(page, ind.nationaux());
            RevueBilanPdf.sections(page, ind.bilan());

            page.espace(8);
            page.paragraphe(t("Les chiffres sont calculés à partir des dossiers enregistrés dans l'application de la "
                    + "cellule ; une décision corrigée par un rectificatif est remplacée par celui-ci ; les décisions "
                    + "d'une séance non clôturée ne sont pas comptées."), Composition.Style.PETIT);
            String titre = titre(ind.periode());
            return new DocumentPdf(page.terminer(new Metadonnees(titre, contenu.cellule().nom(),
                    "Bilan de la cellule locale PDP"), titre), List.of());
        }
    }

    /** "Bilan annuel 2026" for a calendar year, "Bilan du 1er mars 2026 au 31 août 2026" otherwise. */
    static String titre(Periode p) {
        boolean anneeCivile = p.du().getYear() == p.au().getYear() && MonthDay.from(p.du()).equals(MonthDay.of(1, 1))
                && MonthDay.from(p.au()).equals(MonthDay.of(12, 31));
        return anneeCivile ? "Bilan annuel " + p.du().getYear()
                : "Bilan du " + Redaction.date(p.du()) + " au " + Redaction.date(p.au());
    }

    private static void repartition(Composition page, Repartition r) {
        page.sousTitre(r.titre() + " (" + r.total() + ")");
        Histogramme.dessiner(page, List.of(), r.chiffres().stream()
                .map(c -> new Histogramme.Barre(c.libelle(), new long[] {c.valeur()})).toList());
    }

    private static void tableauCroise(Composition page, TableauCroise tableau) {
        page.sousTitre(tableau.titre());
        // the chart alone: the table below gives its figures
        Histogramme.graphique(page, tableau.colonnes(), tableau.lignes().stream()
                .map(l -> new Histogramme.Barre(Redaction.majuscule(l.libelle()), l.cellules().stream().mapToLong(Chiffre::valeur).toArray()))
                .toList());
        if (tableau.lignes().isEmpty()) {
            return;
        }
        if (tableau.colonnes().size() <= 5) {
            tableauLarge(page, tableau);
        } else {
            tableauLong(page, tableau);
        }
    }

    /** One line per measure, one column per outcome: readable up to five outcomes on a portrait page. */
    private static void tableauLarge(Composition page, TableauCroise tableau) {
        List<String> entetes = new ArrayList<>();
        entetes.add("Mesure");
        entetes.addAll(tableau.colonnes());
        entetes.add("Total");
        float[] proportions = new float[entetes.size()];
        proportions[0] = 24;
        proportions[proportions.length - 1] = 8;
        for (int i = 1; i < proportions.length - 1; i++) {
            proportions[i] = 68f / tableau.colonnes().size();
        }
        List<List<String>> lignes = new ArrayList<>();
        for (TableauCroise.Ligne ligne : tableau.lignes()) {
            List<String> cellules = new ArrayList<>();
            cellules.add(Redaction.majuscule(ligne.libelle()));
            ligne.cellules().forEach(c -> cellules.add(Long.toString(c.valeur())));
            cellules.add(Long.toString(ligne.total()));
            lignes.add(cellules);
        }
        page.tableau(entetes, proportions, lignes);
    }

    /** One line per measure and outcome that occurs, for tables with too many outcomes to stand side by side. */
    private static void tableauLong(Composition page, TableauCroise tableau) {
        List<List<String>> lignes = new ArrayList<>();
        for (TableauCroise.Ligne ligne : tableau.lignes()) {
            for (int i = 0; i < tableau.colonnes().size(); i++) {
                long valeur = ligne.cellules().get(i).valeur();
                if (valeur > 0) {
                    lignes.add(List.of(Redaction.majuscule(ligne.libelle()), tableau.colonnes().get(i),
                            Long.toString(valeur)));
                }
            }
        }
        page.tableau(List.of("Mesure", "Issue", "Nombre"), new float[] {45, 43, 12}, lignes);
    }

    private static void nationaux(Composition page, List<IndicateurNational> nationaux) {
        page.sousTitre("Indicateurs nationaux de la PDP");
        List<List<String>> lignes = new ArrayList<>();
        for (IndicateurNational n : nationaux) {
            lignes.add(List.of(n.code(), t(n.libelle()),
                    n.calculable() ? Long.toString(n.chiffre().valeur()) : "non calculable",
                    t(n.calculable() ? n.definition() : Redaction.majuscule(n.nonCalculable()))));
        }
        page.tableau(List.of("Code", "Indicateur", "Valeur", "Définition retenue ou raison"),
                new float[] {7, 32, 15, 46}, lignes);
    }
}
