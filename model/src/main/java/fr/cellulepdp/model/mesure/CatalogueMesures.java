package fr.cellulepdp.model.mesure;

import static fr.cellulepdp.model.mesure.AccordMedical.MEDECIN_CONSEIL;
import static fr.cellulepdp.model.mesure.AccordMedical.MEDECIN_TRAITANT;
import static fr.cellulepdp.model.mesure.AccordMedical.MEDECIN_TRAVAIL;

import fr.cellulepdp.model.mesure.AccordMedical;
import fr.cellulepdp.model.situation.StatutAssure;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cell's table of measure limits (DESIGN.md §4). The default values come from the law as of 2026;
 * the cell replaces a rule with {@link #avec(RegleMesure)} when the law changes.
 */
public final class CatalogueMesures {

    private static final String CSS = "Code de la sécurité sociale";
    /** ESPR and ESPO take people the CDAPH has oriented there, which it does with the RQTH. */
    private static final String ESPR = "art. L5213-3 et R5213-9 du code du travail (décret n° 2020-1216 du "
            + "2 octobre 2020 : les CRP et PREO deviennent ESPR et ESPO)";
    /** Seed 003: the essai encadré and the CRPE are for employees (an invalid person in work is one). */
    private static final Set<StatutAssure> SALARIES = Set.of(StatutAssure.SALARIE, StatutAssure.INVALIDE_EN_ACTIVITE);
    /** The TPT resumes a work in progress: employees (seed 003) and, since 2019, the self-employed. */
    private static final Set<StatutAssure> EN_ACTIVITE = Set.of(StatutAssure.SALARIE,
            StatutAssure.INVALIDE_EN_ACTIVITE, StatutAssure.TRAVAILLEUR_INDEPENDANT);

    private final Map<TypeMesure, RegleMesure> regles;

    public CatalogueMesures(List<RegleMesure> regles) {
        EnumMap<TypeMesure, RegleMesure> parMesure = new EnumMap<>(TypeMesure.class);
        regles.forEach(regle -> parMesure.put(regle.mesure(), regle));
        this.regles = parMesure;
    }

    public static CatalogueMesures parDefaut() {
        return new CatalogueMesures(List.of(
                new RegleMesure(TypeMesure.ESSAI_ENCADRE, UniteDuree.JOURS_OUVRABLES, 14, 1, 28,
                        Set.of(MEDECIN_TRAITANT, MEDECIN_CONSEIL, MEDECIN_TRAVAIL), SALARIES, null, null, false,
                        "art. L323-3-1 et D323-6 " + CSS),
                new RegleMesure(TypeMesure.CRPE, UniteDuree.MOIS, 18, null, null, Set.of(), SALARIES,
                        EnumSet.allOf(ConditionEligibilite.class), null, null, false,
                        "art. L5213-3-1 code du travail, L323-3-1 " + CSS),
                new RegleMesure(TypeMesure.PMSMP, UniteDuree.MOIS, 1, 1, 2, Set.of(), Set.of(), null, null, false,
                        "art. L5135-1 et suivants du code du travail"),
                new RegleMesure(TypeMesure.BILAN_COMPETENCES, UniteDuree.HEURES, 24, null, null, Set.of(), Set.of(), null,
                        null, false, "art. L6313-4 du code du travail"),
                new RegleMesure(TypeMesure.FORMATION, UniteDuree.JOURS, null, null, null, Set.of(MEDECIN_TRAITANT),
                        Set.of(), null, null, false, "art. L323-3-1 (L433-1 pour les AT/MP) " + CSS),
                new RegleMesure(TypeMesure.VAE, UniteDuree.JOURS, null, null, null, Set.of(MEDECIN_TRAITANT),
                        Set.of(), null, null, false, "art. L323-3-1 " + CSS),
                // seed 003: « avec l'accord du médecin conseil, du médecin du travail et de l'employeur »
                new RegleMesure(TypeMesure.TEMPS_PARTIEL_THERAPEUTIQUE, UniteDuree.MOIS, null, null, null,
                        Set.of(MEDECIN_TRAITANT, MEDECIN_CONSEIL, MEDECIN_TRAVAIL, AccordMedical.EMPLOYEUR),
                        EN_ACTIVITE, null, null, true,
                        "art. L323-3 " + CSS),
                new RegleMesure(TypeMesure.VISITE_PRE_REPRISE, UniteDuree.JOURS, null, null, null, Set.of(), Set.of(),
                        30, null, true, "art. R4624-29 du code du travail"),
                new RegleMesure(TypeMesure.RENDEZ_VOUS_LIAISON, UniteDuree.JOURS, null, null, null, Set.of(), Set.of(),
                        30, null, true, "art. L1226-1-3 du code du travail"),
                new RegleMesure(TypeMesure.CONSULTATION_MEDICO_PRO, UniteDuree.CONSULTATIONS, 3, null, null, Set.of(),
                        Set.of(StatutAssure.TRAVAILLEUR_INDEPENDANT), null, new BigDecimal("60"), false,
                        "offre PDP des travailleurs indépendants"),
                // decided when the cell funds or authorises them during the sick leave (DESIGN.md §4)
                new RegleMesure(TypeMesure.ETUDE_POSTE, UniteDuree.JOURS, null, null, null, Set.of(), Set.of(), null,
                        null, false, "art. L4624-3 et R4624-42 du code du travail"),
                new RegleMesure(TypeMesure.AMENAGEMENT_POSTE, UniteDuree.JOURS, null, null, null, Set.of(), Set.of(),
                        null, null, false, "art. L4624-3 du code du travail"),
                new RegleMesure(TypeMesure.FORMATION_ESPR, UniteDuree.MOIS, null, null, null, Set.of(), Set.of(),
                        Set.of(ConditionEligibilite.RQTH), null, null, false, ESPR),
                new RegleMesure(TypeMesure.PREORIENTATION_ESPO, UniteDuree.MOIS, null, null, null, Set.of(), Set.of(),
                        Set.of(ConditionEligibilite.RQTH), null, null, false, ESPR),
                new RegleMesure(TypeMesure.INCLUS_PRO, UniteDuree.JOURS, null, null, null, Set.of(), Set.of(), null,
                        null, false, "offre de services PDP de la caisse"),
                new RegleMesure(TypeMesure.AUTRE, UniteDuree.JOURS, null, null, null, Set.of(), Set.of(), null, null,
                        false, "")));
    }

    /** The rule of a measure; a measure missing from a stored table has no limits. */
    public RegleMesure regle(TypeMesure mesure) {
        RegleMesure regle = regles.get(mesure);
        return regle != null ? regle
                : new RegleMesure(mesure, UniteDuree.JOURS, null, null, null, Set.of(), Set.of(), null, null, false, "");
    }

    public List<RegleMesure> regles() {
        return List.copyOf(regles.values());
    }

    /** A copy of the catalogue where each of {@code remplacantes} replaces the rule of its measure. */
    public CatalogueMesures avecToutes(List<RegleMesure> remplacantes) {
        CatalogueMesures resultat = this;
        for (RegleMesure regle : remplacantes) {
            resultat = resultat.avec(regle);
        }
        return resultat;
    }

    /** A copy of the catalogue with {@code regle} replacing the rule of its measure. */
    public CatalogueMesures avec(RegleMesure regle) {
        EnumMap<TypeMesure, RegleMesure> copie = new EnumMap<>(regles);
        copie.put(regle.mesure(), regle);
        return new CatalogueMesures(List.copyOf(copie.values()));
    }
}
