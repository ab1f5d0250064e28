package fr.cellulepdp.model.indicateur;

import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.indicateur.DefinitionsBilan.IssueFin;
import fr.cellulepdp.model.indicateur.DefinitionsBilan.StatutPersonne;
import fr.cellulepdp.model.indicateur.SourceIndicateurs.FaitDecision;
import fr.cellulepdp.model.indicateur.SourceIndicateurs.FaitPoint;
import fr.cellulepdp.model.indicateur.SourceIndicateurs.FaitSituation;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.situation.Sexe;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Counts a period's additive facts of the national review (see {@link DefinitionsBilan} for each definition). */
final class CompterBilan {

    private static final Set<IssueDecision> ACCORDS = Set.of(IssueDecision.ACCORD, IssueDecision.ACCORD_SOUS_RESERVE);
    private static final Set<TypeMesure> MISE_EN_SITUATION = Set.of(TypeMesure.ESSAI_ENCADRE, TypeMesure.PMSMP,
            TypeMesure.CRPE);

    private CompterBilan() {
    }

    /** The facts of {@code periode}, read from {@code source}. */
    static FaitsBilan lire(SourceIndicateurs source, Periode periode) {
        return compter(periode, source.situationsActives(periode), source.decisions(periode),
                source.pointsExamines(periode));
    }

    static FaitsBilan compter(Periode periode, List<FaitSituation> actives, List<FaitDecision> decisions,
                              List<FaitPoint> points) {
        FaitsBilan.Compteur c = new FaitsBilan.Compteur();
        Map<UUID, FaitSituation> parId = actives.stream()
                .collect(Collectors.toMap(FaitSituation::id, Function.identity(), (a, b) -> a));
        activite(c, decisions);
        personnes(c, periode, actives);
        for (FaitSituation s : actives) {
            if (periode.contient(s.signalement())) {
                c.plusUn("SIG");
                c.plusUn(FaitsBilan.cle("SIG_", s.origine()));
            }
            if (periode.contient(s.cloture())) {
                c.plusUn("FIN");
                c.plusUn(FaitsBilan.cle("FIN_", issueFin(s)));
            }
            if (s.coSuivie()) {
                c.plusUn("PART_DOSSIERS");
            }
        }
        essais(c, decisions, parId);
        for (FaitDecision d : decisions) {
            if (ACCORDS.contains(d.issue()) && d.montantAccorde() != null) {
                c.plusUn("MONT_ACCORDS");
                c.ajouter("MONT_ACCORDE", centimes(d.montantAccorde()));
            }
            if (ACCORDS.contains(d.issue()) && d.cout() != null) {
                c.plusUn("MONT_COUTS");
                c.ajouter("MONT_COUT", centimes(d.cout()));
            }
        }
        for (FaitPoint p : points) {
            FaitSituation s = parId.get(p.situationId());
            if (s != null && s.coSuivie()) {
                c.plusUn("PART_REVUES");
            }
        }
        return c.faits();
    }

    private static void activite(FaitsBilan.Compteur c, List<FaitDecision> decisions) {
        c.ajouter("SITUATIONS_ETUDIEES", decisions.stream().map(FaitDecision::situationId).distinct().count());
        for (FaitDecision d : decisions) {
            if (!ACCORDS.contains(d.issue())) {
                continue;
            }
            c.plusUn("ACCORDS");
            c.plusUn(d.mesure() == TypeMesure.BILAN_COMPETENCES ? "ACCORDS_BILAN"
                    : MISE_EN_SITUATION.contains(d.mesure()) ? "ACCORDS_MISE_EN_SITUATION"
                    : d.mesure() == TypeMesure.FORMATION ? "ACCORDS_FORMATION"
                    : d.mesure() == TypeMesure.VAE ? "ACCORDS_VAE" : "ACCORDS_AUTRES");
        }
    }

    /** Each person once (files with a social référent), from the most recently referred of their files. */
    private static void personnes(FaitsBilan.Compteur c, Periode periode, List<FaitSituation> actives) {
        Map<UUID, FaitSituation> parPersonne = new LinkedHashMap<>();
        actives.stream().filter(FaitSituation::avecReferentSocial)
                .sorted(Comparator.comparing(FaitSituation::signalement, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(FaitSituation::id))
                .forEach(s -> parPersonne.put(s.assureId(), s));
        List<Long> agesFemmes = new java.util.ArrayList<>();
        List<Long> agesHommes = new java.util.ArrayList<>();
        for (FaitSituation s : parPersonne.values()) {
            c.plusUn("PERS");
            String sexe = s.sexe() == Sexe.FEMININ ? "PERS_FEMMES" : s.sexe() == Sexe.MASCULIN ? "PERS_HOMMES" : null;
            c.plusUn(sexe == null ? "PERS_SEXE_NR" : sexe);
            LocalDate le = periode.contient(s.cloture()) ? s.cloture() : periode.au();
            Integer age = age(s.naissance(), le);
            c.plusUn(FaitsBilan.cle("PERS_AGE_", tranche(age)));
            if (sexe != null) {
                c.plusUn(FaitsBilan.cle(sexe, age == null ? "_AGE_NR" : "_AGE_CONNU"));
                if (age != null) {
                    c.ajouter(FaitsBilan.cle(sexe, "_SOMME_AGES"), age);
                    (sexe.equals("PERS_FEMMES") ? agesFemmes : agesHommes).add((long) age);
                }
            }
            c.plusUn(FaitsBilan.cle("PERS_STATUT_", statut(s)));
            c.plusUn(FaitsBilan.cle("PERS_RISQUE_", s.risque()));
        }
        mediane(c, "AGE_MEDIAN_FEMMES", agesFemmes);
        mediane(c, "AGE_MEDIAN_HOMMES", agesHommes);
    }

    private static void mediane(FaitsBilan.Compteur c, String cle, List<Long> ages) {
        if (!ages.isEmpty()) {
            c.mediane(cle, Statistiques.mediane(ages.stream().mapToLong(Long::longValue).sorted().toArray()));
        }
    }

    /** Each person with an essai encadré granted in the period once, from their first accord of the period. */
    private static void essais(FaitsBilan.Compteur c, List<FaitDecision> decisions, Map<UUID, FaitSituation> parId) {
        Map<UUID, FaitDecision> premiers = new LinkedHashMap<>();
        decisions.stream()
                .filter(d -> d.mesure() == TypeMesure.ESSAI_ENCADRE && ACCORDS.contains(d.issue())
                        && parId.containsKey(d.situationId()))
                .sorted(Comparator.comparing(FaitDecision::date).thenComparing(FaitDecision::id))
                .forEach(d -> premiers.putIfAbsent(parId.get(d.situationId()).assureId(), d));
        for (FaitDecision d : premiers.values()) {
            FaitSituation s = parId.get(d.situationId());
            c.plusUn("EE");
            c.plusUn(s.sexe() == Sexe.FEMININ ? "EE_FEMMES" : s.sexe() == Sexe.MASCULIN ? "EE_HOMMES" : "EE_SEXE_NR");
            Integer age = age(s.naissance(), d.date());
            c.plusUn(age == null ? "EE_AGE_NR" : "EE_AGE_CONNU");
            if (age != null) {
                c.ajouter("EE_SOMME_AGES", age);
            }
            c.plusUn(FaitsBilan.cle("EE_RISQUE_", s.risque()));
            c.plusUn(d.memeEntreprise() == null ? "EE_ENTREPRISE_NR"
                    : d.memeEntreprise() ? "EE_MEME_ENTREPRISE" : "EE_AUTRE_ENTREPRISE");
        }
    }

    static Integer age(LocalDate naissance, LocalDate le) {
        if (naissance == null || le == null || le.isBefore(naissance)) {
            return null;
        }
        return Period.between(naissance, le).getYears();
    }

    private static String tranche(Integer age) {
        if (age == null) {
            return "NR";
        }
        return age <= 25 ? "16_25" : age <= 45 ? "26_45" : age <= 55 ? "46_55" : age <= 59 ? "56_59"
                : age <= 63 ? "60_63" : "64_PLUS";
    }

    private static StatutPersonne statut(FaitSituation s) {
        if (s.statut() == null) {
            return StatutPersonne.SALARIE;
        }
        return switch (s.statut()) {
            case SALARIE -> StatutPersonne.SALARIE;
            case TRAVAILLEUR_INDEPENDANT -> StatutPersonne.INDEPENDANT;
            case INVALIDE_EN_ACTIVITE -> StatutPersonne.INVALIDE_EN_ACTIVITE;
            case DEMANDEUR_EMPLOI -> StatutPersonne.DEMANDEUR_EMPLOI;
        };
    }

    private static IssueFin issueFin(FaitSituation s) {
        if (s.issue() == null) {
            return IssueFin.NR;
        }
        return switch (s.issue()) {
            case MAINTIEN_MEME_POSTE -> IssueFin.MAINTIEN_MEME_POSTE;
            case AUTRE_POSTE_MEME_ENTREPRISE -> IssueFin.AUTRE_POSTE;
            case RECONVERSION -> IssueFin.RECONVERSION;
            case LICENCIEMENT_INAPTITUDE -> IssueFin.LICENCIEMENT;
            case INVALIDITE_RETRAITE -> IssueFin.INVALIDITE_RETRAITE;
            case ARRET_A_LA_DEMANDE_ASSURE -> IssueFin.ARRET_PERSONNE;
        };
    }

    private static long centimes(BigDecimal montant) {
        return montant.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
