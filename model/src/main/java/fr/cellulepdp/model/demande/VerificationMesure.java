package fr.cellulepdp.model.demande;

import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.mesure.AccordMedical;
import fr.cellulepdp.model.mesure.CatalogueMesures;
import fr.cellulepdp.model.mesure.ConditionEligibilite;
import fr.cellulepdp.model.mesure.JoursOuvrables;
import fr.cellulepdp.model.mesure.RegleMesure;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.mesure.UniteDuree;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutAssure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a request against the measure catalogue and says in French what breaks a rule, naming the field
 * concerned. An empty list means the request respects every rule.
 */
public final class VerificationMesure {

    /**
     * The field of the problems that make a request impossible, not merely irregular: the person is not among those
     * the law opens the measure to. Such a request is not recorded, and no derogation lets the cell grant it.
     */
    public static final String ELIGIBILITE = "éligibilité";

    /** Measures that take place during the sick leave, so must fit between its start and expected end. */
    private static final Set<TypeMesure> PENDANT_L_ARRET =
            EnumSet.of(TypeMesure.ESSAI_ENCADRE, TypeMesure.FORMATION, TypeMesure.VAE);
    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CatalogueMesures catalogue;

    public VerificationMesure(CatalogueMesures catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param autresDemandes the other requests of the same situation (so of the same sick leave); the request
     *                       itself and withdrawn requests among them are ignored
     */
    public List<Probleme> verifier(Demande demande, Situation situation, Assure assure, List<Demande> autresDemandes) {
        RegleMesure regle = catalogue.regle(demande.mesure());
        String libelle = demande.libelleMesure();
        List<Probleme> problemes = new ArrayList<>();
        verifierDates(demande, situation, problemes);
        Integer duree = duree(demande, regle.unite());
        if (duree != null && regle.dureeMax() != null && duree > regle.dureeMax()) {
            problemes.add(new Probleme("durée", libelle + " : " + duree + " " + regle.unite().libelle() + " "
                    + accord(regle.unite(), "demandés") + ", " + regle.dureeMax() + " au plus"));
        }
        List<Demande> precedentes = autresDemandes.stream()
                .filter(autre -> !autre.id().equals(demande.id()))
                .filter(autre -> autre.statut() != StatutDemande.RETIREE)
                .filter(autre -> autre.mesure() == demande.mesure())
                .toList();
        verifierRenouvellements(demande, regle, libelle, precedentes, problemes);
        verifierTotal(demande, regle, libelle, duree, precedentes, problemes);
        verifierEligibilite(demande, regle, libelle, assure, problemes);
        verifierDureeArret(demande, regle, libelle, situation, problemes);
        verifierCout(demande, regle, libelle, duree, problemes);
        // in the enum's order, so that the messages come out the same at every run
        for (AccordMedical requis : AccordMedical.values()) {
            if (regle.accordsRequis().contains(requis) && !demande.accordsObtenus().contains(requis)
                    && (requis != AccordMedical.EMPLOYEUR || aUnEmployeur(assure))) {
                problemes.add(new Probleme(requis == AccordMedical.EMPLOYEUR ? "accords" : "accords médicaux",
                        "accord " + du(requis) + " manquant"));
            }
        }
        return problemes;
    }

    /** The requested length in the measure's unit: as typed, or computed from the dates when it is not. */
    public static Integer duree(Demande demande, UniteDuree unite) {
        if (demande.duree() != null) {
            return demande.duree();
        }
        LocalDate debut = demande.dateDebut();
        LocalDate fin = demande.dateFin();
        if (debut == null || fin == null || fin.isBefore(debut)) {
            return null;
        }
        return switch (unite) {
            case JOURS_OUVRABLES -> JoursOuvrables.entre(debut, fin);
            case JOURS -> (int) ChronoUnit.DAYS.between(debut, fin) + 1;
            case MOIS -> moisEntames(debut, fin);
            case HEURES, CONSULTATIONS -> null;
        };
    }

    /**
     * Months begun, date to date: 1 March to 31 March is 1, 15 January to 15 February is 2. A start on a day the
     * end month lacks (31 January) ends that month's last day: 31 January to 28 February is 1.
     */
    static int moisEntames(LocalDate debut, LocalDate finIncluse) {
        int mois = 0;
        while (true) {
            LocalDate limite = debut.plusMonths(mois);
            boolean finDeMoisRaccourcie = limite.getDayOfMonth() < debut.getDayOfMonth();
            if (finIncluse.isBefore(limite) || finDeMoisRaccourcie && !finIncluse.isAfter(limite)) {
                return mois;
            }
            mois++;
        }
    }

    private static void verifierDates(Demande demande, Situation situation, List<Probleme> problemes) {
        LocalDate debut = demande.dateDebut();
        LocalDate fin = demande.dateFin();
        if (debut != null && fin != null && fin.isBefore(debut)) {
            problemes.add(new Probleme("dates", "la date de fin (" + jour(fin) + ") précède la date de début ("
                    + jour(debut) + ")"));
            return;
        }
        if (!PENDANT_L_ARRET.contains(demande.mesure())) {
            return;
        }
        if (debut != null && situation.debutArret() != null && debut.isBefore(situation.debutArret())) {
            problemes.add(new Probleme("dates", demande.libelleMesure() + " : débute le " + jour(debut)
                    + ", avant le début de l'arrêt de travail (" + jour(situation.debutArret()) + ")"));
        }
        if (fin != null && situation.finArretPrevue() != null && fin.isAfter(situation.finArretPrevue())) {
            problemes.add(new Probleme("dates", demande.libelleMesure() + " : finit le " + jour(fin)
                    + ", après la fin prévue de l'arrêt de travail (" + jour(situation.finArretPrevue()) + ")"));
        }
    }

    private static void verifierRenouvellements(Demande demande, RegleMesure regle, String libelle,
                                                List<Demande> precedentes, List<Probleme> problemes) {
        // a request after another of the same measure on this sick leave is a renewal, ticked or not
        if (regle.renouvellementsMax() == null || precedentes.isEmpty() && !demande.renouvellement()) {
            return;
        }
        long renouvellements = Math.max(1, precedentes.size());
        if (regle.renouvellementsMax() == 0) {
            problemes.add(new Probleme("renouvellement", libelle + " : ne peut pas être renouvelé(e)"));
        } else if (renouvellements > regle.renouvellementsMax()) {
            problemes.add(new Probleme("renouvellement", libelle + " : " + renouvellements
                    + " renouvellements sur cet arrêt, " + regle.renouvellementsMax() + " au plus"));
        }
    }

    private static void verifierTotal(Demande demande, RegleMesure regle, String libelle, Integer duree,
                                      List<Demande> precedentes, List<Probleme> problemes) {
        if (duree == null || regle.dureeMaxTotaleParArret() == null) {
            return;
        }
        int total = duree;
        for (Demande precedente : precedentes) {
            Integer dureePrecedente = duree(precedente, regle.unite());
            total += dureePrecedente == null ? 0 : dureePrecedente;
        }
        if (total > regle.dureeMaxTotaleParArret()) {
            String prefixe = demande.renouvellement() || !precedentes.isEmpty() ? "renouvellement" : libelle;
            String unite = regle.unite() == UniteDuree.JOURS_OUVRABLES ? "jours" : regle.unite().libelle();
            problemes.add(new Probleme("durée", prefixe + " : " + total + " " + unite + " au total sur cet arrêt, "
                    + regle.dureeMaxTotaleParArret() + " au plus"));
        }
    }

    /** The problems of eligibility only: who the person is, whatever the dates and lengths asked. */
    public List<Probleme> eligibilite(Demande demande, Assure assure) {
        List<Probleme> problemes = new ArrayList<>();
        verifierEligibilite(demande, catalogue.regle(demande.mesure()), demande.libelleMesure(), assure, problemes);
        return problemes;
    }

    private static void verifierEligibilite(Demande demande, RegleMesure regle, String libelle, Assure assure,
                                            List<Probleme> problemes) {
        if (!regle.statutsEligibles().isEmpty() && !regle.statutsEligibles().contains(assure.statut())) {
            String eligibles = regle.statutsEligibles().stream().sorted().map(s -> s.libelle().toLowerCase())
                    .collect(Collectors.joining(", "));
            problemes.add(new Probleme(ELIGIBILITE, libelle + " : mesure réservée aux personnes au statut « " + eligibles
                    + " » ; la personne est « " + assure.statut().libelle().toLowerCase() + " »"));
        }
        if (regle.conditionsEligibilite().isEmpty()) {
            return;
        }
        // the recognition must hold when the measure begins (or, without dates, on the day of the request)
        LocalDate jour = demande.dateDebut() != null ? demande.dateDebut() : demande.dateDemande();
        if (jour == null) {
            jour = LocalDate.now();
        }
        LocalDate le = jour;
        if (regle.conditionsEligibilite().stream().noneMatch(c -> c.remplie(assure.reconnaissances(), le))) {
            List<String> conditions = regle.conditionsEligibilite().stream().sorted().map(ConditionEligibilite::libelle)
                    .toList();
            String oufinal = conditions.size() == 1 ? conditions.get(0)
                    : String.join(", ", conditions.subList(0, conditions.size() - 1)) + " ou "
                            + conditions.get(conditions.size() - 1);
            problemes.add(new Probleme(ELIGIBILITE, libelle + " : il faut " + oufinal + " au " + jour(jour)
                    + " ; rien de tel n’est enregistré sur la fiche de la personne (rubrique « Handicap et "
                    + "aptitude »)"));
        }
    }

    private static void verifierDureeArret(Demande demande, RegleMesure regle, String libelle, Situation situation,
                                           List<Probleme> problemes) {
        if (regle.arretMinimumJours() == null) {
            return;
        }
        if (situation.debutArret() == null) {
            problemes.add(new Probleme("mesure", libelle + " : la date de début de l'arrêt de travail est nécessaire"
                    + " (plus de " + regle.arretMinimumJours() + " jours d'arrêt exigés)"));
            return;
        }
        long jours = ChronoUnit.DAYS.between(situation.debutArret(), demande.dateDemande()) + 1;
        if (jours <= regle.arretMinimumJours()) {
            problemes.add(new Probleme("mesure", libelle + " : " + jours + " jours d'arrêt à la date de la demande, plus de "
                    + regle.arretMinimumJours() + " exigés"));
        }
    }

    private static void verifierCout(Demande demande, RegleMesure regle, String libelle, Integer duree,
                                     List<Probleme> problemes) {
        if (regle.coutUnitaireMax() == null || demande.cout() == null) {
            return;
        }
        int quantite = duree == null ? 1 : duree;
        BigDecimal plafond = regle.coutUnitaireMax().multiply(BigDecimal.valueOf(quantite));
        if (demande.cout().compareTo(plafond) > 0) {
            problemes.add(new Probleme("coût", libelle + " : " + euros(demande.cout()) + " demandés, " + euros(plafond)
                    + " au plus (" + quantite + " × " + euros(regle.coutUnitaireMax()) + ")"));
        }
    }

    private static String accord(UniteDuree unite, String participe) {
        boolean feminin = unite == UniteDuree.HEURES || unite == UniteDuree.CONSULTATIONS;
        return feminin ? participe.replace("és", "ées") : participe;
    }

    private static String du(AccordMedical accord) {
        return switch (accord) {
            case MEDECIN_TRAITANT -> "du médecin traitant";
            case MEDECIN_CONSEIL -> "du médecin-conseil";
            case MEDECIN_TRAVAIL -> "du médecin du travail";
            case EMPLOYEUR -> "de l’employeur";
        };
    }

    /** A self-employed person has no employer to agree: the employer's agreement is asked of employees only. */
    private static boolean aUnEmployeur(Assure assure) {
        return assure.statut() == StatutAssure.SALARIE || assure.statut() == StatutAssure.INVALIDE_EN_ACTIVITE;
    }

    private static String jour(LocalDate date) {
        return date.format(JJ_MM_AAAA);
    }

    private static String euros(BigDecimal montant) {
        return fr.cellulepdp.model.commun.Nombres.montant(montant);
    }
}
