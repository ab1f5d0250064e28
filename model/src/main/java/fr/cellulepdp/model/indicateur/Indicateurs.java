package fr.cellulepdp.model.indicateur;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The cell's figures for one period, each with the situations behind it so that a click can list them. Built by
 * {@link CalculerIndicateurs}; shown on the Indicateurs page, in the yearly review (PDF) and its CSV export.
 */
public record Indicateurs(Periode periode, Chiffre situationsEtudiees, TableauCroise decisionsParMesure,
                          Repartition parOrigine, Repartition parRisque, Repartition parAge, Repartition parSexe,
                          Delai delai, ActiviteSeances seances, Repartition issues, TableauCroise devenirParMesure,
                          List<IndicateurNational> nationaux, RevueBilan bilan) {

    /** One figure: what it counts, its value, and the situations it comes from. */
    public record Chiffre(String libelle, long valeur, Set<UUID> situations) {
        public Chiffre {
            situations = Set.copyOf(situations);
        }
    }

    /** Figures that split one population (referrals by origin, closed files by outcome...). */
    public record Repartition(String titre, List<Chiffre> chiffres) {
        public long total() {
            return chiffres.stream().mapToLong(Chiffre::valeur).sum();
        }
    }

    /** A two-way table: one line per measure, one column per outcome. */
    public record TableauCroise(String titre, List<String> colonnes, List<Ligne> lignes) {

        public record Ligne(String libelle, List<Chiffre> cellules) {
            public long total() {
                return cellules.stream().mapToLong(Chiffre::valeur).sum();
            }
        }
    }

    /** Days from a request to its decision: how many decisions, the median and the 90th percentile. */
    public record Delai(int decisions, double medianeJours, long centile90Jours, Set<UUID> situations) {
        public Delai {
            situations = Set.copyOf(situations);
        }
    }

    /** Meetings held and the attendance of the members convoked. */
    public record ActiviteSeances(int tenues, int convocations, int presences) {
        /** Share of convocations answered by a presence, from 0 to 1 (0 with no meeting). */
        public double tauxPresence() {
            return convocations == 0 ? 0 : (double) presences / convocations;
        }
    }

    /**
     * One national indicator (R1–R5, S1, P1, P2): its definition as computed here, and its figure, or why the data
     * kept by the application cannot give it.
     */
    public record IndicateurNational(String code, String libelle, String definition, Chiffre chiffre,
                                     String nonCalculable) {
        public boolean calculable() {
            return chiffre != null;
        }
    }

    /** One line of the flat export (CSV): section, label, column, value and, for national indicators, definition. */
    public record LigneExport(String rubrique, String libelle, String colonne, String valeur, String definition) {
    }

    /** Every figure as flat lines, in the order of the page and the review. */
    public List<LigneExport> lignesExport() {
        List<LigneExport> lignes = new ArrayList<>();
        lignes.add(new LigneExport("Activité", situationsEtudiees.libelle(), "",
                Long.toString(situationsEtudiees.valeur()), ""));
        lignes.add(new LigneExport("Activité", "Séances tenues", "", Integer.toString(seances.tenues()), ""));
        lignes.add(new LigneExport("Activité", "Taux de présence des membres convoqués", "",
                pourcentage(seances.tauxPresence()), ""));
        lignes.add(new LigneExport("Délai de la demande à la décision", "Décisions", "",
                Integer.toString(delai.decisions()), ""));
        lignes.add(new LigneExport("Délai de la demande à la décision", "Médiane (jours)", "",
                delai.decisions() == 0 ? "" : jours(delai.medianeJours()), ""));
        lignes.add(new LigneExport("Délai de la demande à la décision", "90e centile (jours)", "",
                delai.decisions() == 0 ? "" : Long.toString(delai.centile90Jours()), ""));
        ajouter(lignes, decisionsParMesure);
        for (Repartition r : List.of(parOrigine, parRisque, parAge, parSexe, issues)) {
            for (Chiffre c : r.chiffres()) {
                lignes.add(new LigneExport(r.titre(), c.libelle(), "", Long.toString(c.valeur()), ""));
            }
        }
        ajouter(lignes, devenirParMesure);
        for (IndicateurNational n : nationaux) {
            lignes.add(new LigneExport("Indicateurs nationaux", n.code() + " — " + n.libelle(), "",
                    n.calculable() ? Long.toString(n.chiffre().valeur()) : "non calculable",
                    n.calculable() ? n.definition() : n.nonCalculable()));
        }
        String precedente = "Période précédente (" + bilan.precedente().du() + " – " + bilan.precedente().au() + ")";
        for (RevueBilan.Ligne l : bilan.lignes()) {
            String rubrique = "Bilan national — " + l.figure().rubrique();
            String libelle = l.figure().code() + " — " + l.figure().libelle();
            lignes.add(new LigneExport(rubrique, libelle, "Période", l.actuel().texte(), l.figure().definition()));
            lignes.add(new LigneExport(rubrique, libelle, precedente, l.precedent().texte(), ""));
            lignes.add(new LigneExport(rubrique, libelle, "Évolution", l.evolution(), ""));
        }
        for (DefinitionsBilan.NonDisponible n : DefinitionsBilan.nonDisponibles()) {
            lignes.add(new LigneExport("Bilan national — non disponible", n.libelle(), "", "non calculable",
                    n.raison()));
        }
        return lignes;
    }

    private static void ajouter(List<LigneExport> lignes, TableauCroise tableau) {
        for (TableauCroise.Ligne ligne : tableau.lignes()) {
            for (int i = 0; i < tableau.colonnes().size(); i++) {
                lignes.add(new LigneExport(tableau.titre(), ligne.libelle(), tableau.colonnes().get(i),
                        Long.toString(ligne.cellules().get(i).valeur()), ""));
            }
        }
    }

    /** "62,5 %". */
    public static String pourcentage(double part) {
        return fr.cellulepdp.model.commun.Nombres.pourcentage(part);
    }

    /** "12" or "12,5". */
    public static String jours(double jours) {
        return fr.cellulepdp.model.commun.Nombres.entierOuDecimal(jours);
    }
}
