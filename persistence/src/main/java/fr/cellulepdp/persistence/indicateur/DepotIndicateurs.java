package fr.cellulepdp.persistence.indicateur;

import fr.cellulepdp.persistence.depot.Identifiants;
import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.Moteur;

import static fr.cellulepdp.persistence.jooq.Tables.ASSURE;
import static fr.cellulepdp.persistence.jooq.Tables.DECISION;
import static fr.cellulepdp.persistence.jooq.Tables.DEMANDE;
import static fr.cellulepdp.persistence.jooq.Tables.POINT_ORDRE_DU_JOUR;
import static fr.cellulepdp.persistence.jooq.Tables.SEANCE;
import static fr.cellulepdp.persistence.jooq.Tables.SEANCE_PRESENCE;
import static fr.cellulepdp.persistence.jooq.Tables.SITUATION;
import static fr.cellulepdp.persistence.jooq.Tables.SITUATION_CONSENTEMENT_PARTENAIRE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.indicateur.Periode;
import fr.cellulepdp.model.indicateur.SourceIndicateurs;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.seance.EtatPresence;
import fr.cellulepdp.model.seance.StatutSeance;
import fr.cellulepdp.model.situation.IssueSituation;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.model.situation.StatutAssure;
import fr.cellulepdp.model.situation.StatutSituation;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The indicators' facts, each read with one set query over the period (indexes from migration V11). On an H2 file
 * the facts of the situations, decisions and outcomes are kept by {@link FaitsEnCache} and only the situations
 * changed since are read again (decision 0046); on PostgreSQL, and with {@link #direct}, every call reads them all.
 */
public final class DepotIndicateurs implements SourceIndicateurs {

    private static final List<String> ACCORDS = List.of(IssueDecision.ACCORD.name(),
            IssueDecision.ACCORD_SOUS_RESERVE.name());

    private final ContexteJooq contexte;
    private final boolean avecCache;
    private volatile Optional<FaitsEnCache> cache;

    private final FaitsEnCache.Lecture<FaitSituation> lectureSituations = new FaitsEnCache.Lecture<>() {
        @Override
        public List<FaitSituation> lire(Periode periode, Collection<UUID> situations) {
            return situationsActives(periode, situations);
        }

        @Override
        public UUID situation(FaitSituation fait) {
            return fait.id();
        }
    };
    private final FaitsEnCache.Lecture<FaitDecision> lectureDecisions = new FaitsEnCache.Lecture<>() {
        @Override
        public List<FaitDecision> lire(Periode periode, Collection<UUID> situations) {
            return decisions(periode, situations);
        }

        @Override
        public UUID situation(FaitDecision fait) {
            return fait.situationId();
        }
    };
    private final FaitsEnCache.Lecture<DevenirLu> lectureDevenirs = new FaitsEnCache.Lecture<>() {
        @Override
        public List<DevenirLu> lire(Periode periode, Collection<UUID> situations) {
            return devenirs(periode, situations);
        }

        @Override
        public UUID situation(DevenirLu fait) {
            return fait.situationId();
        }
    };

    public DepotIndicateurs(ContexteJooq contexte) {
        this(contexte, true);
    }

    private DepotIndicateurs(ContexteJooq contexte, boolean avecCache) {
        this.contexte = contexte;
        this.avecCache = avecCache;
    }

    /** Every fact read from the tables at each call, without the cache: the reference the cache is tested against. */
    public static DepotIndicateurs direct(ContexteJooq contexte) {
        return new DepotIndicateurs(contexte, false);
    }

    /** An outcome as read: with its decision, to leave out those a rectificatif replaced. */
    private record DevenirLu(UUID situationId, TypeMesure mesure, IssueSituation issue, UUID decisionId) {
    }

    private Optional<FaitsEnCache> cache() {
        Optional<FaitsEnCache> trouve = cache;
        if (trouve == null) {
            trouve = avecCache && contexte.moteur() == Moteur.H2 ? FaitsEnCache.de(contexte.dsl()) : Optional.empty();
            cache = trouve;
        }
        return trouve;
    }

    private <F> List<F> lire(Periode periode, FaitsEnCache.Lecture<F> lecture) {
        Optional<FaitsEnCache> faits = cache();
        return faits.isPresent() ? faits.get().faits(contexte.dsl(), periode, lecture) : lecture.lire(periode, null);
    }

    @Override
    public List<FaitSituation> situationsActives(Periode periode) {
        return lire(periode, lectureSituations);
    }

    /** {@code situations}: only those (null: all). */
    private List<FaitSituation> situationsActives(Periode periode, Collection<UUID> situations) {
        Condition signaleeAvantLaFin = SITUATION.DATE_SIGNALEMENT.isNull()
                .or(SITUATION.DATE_SIGNALEMENT.le(periode.au()));
        Condition parmi = situations == null ? DSL.noCondition() : Identifiants.parmi(SITUATION.ID, situations);
        // two index range reads (open files; files closed since the start) rather than one OR over every row
        List<FaitSituation> faits = new ArrayList<>(situations(SITUATION.DATE_CLOTURE.isNull()
                .and(SITUATION.STATUT.ne(StatutSituation.CLOTUREE.name())).and(signaleeAvantLaFin).and(parmi)));
        faits.addAll(situations(SITUATION.DATE_CLOTURE.ge(periode.du()).and(signaleeAvantLaFin).and(parmi)));
        return faits;
    }

    private List<FaitSituation> situations(Condition condition) {
        // followed jointly: the person consented to sharing with at least one partner, and has not withdrawn
        Field<Boolean> coSuivie = DSL.field(SITUATION.CONSENTEMENT_RETRAIT.isNull().and(DSL.exists(DSL.selectOne()
                .from(SITUATION_CONSENTEMENT_PARTENAIRE)
                .where(SITUATION_CONSENTEMENT_PARTENAIRE.SITUATION_ID.eq(SITUATION.ID)))));
        return contexte.dsl()
                .select(SITUATION.ID, SITUATION.ASSURE_ID, SITUATION.REFERENT_SOCIAL_ID, SITUATION.ORIGINE,
                        SITUATION.RISQUE, ASSURE.SEXE, ASSURE.DATE_NAISSANCE, SITUATION.DATE_SIGNALEMENT,
                        SITUATION.ISSUE, SITUATION.DATE_CLOTURE, ASSURE.STATUT, coSuivie)
                .from(SITUATION).join(ASSURE).on(ASSURE.ID.eq(SITUATION.ASSURE_ID))
                .where(condition)
                .fetch(r -> new FaitSituation(r.value1(), r.value2(), r.value3() != null,
                        Origine.valueOf(r.value4()), Risque.valueOf(r.value5()), enumOuNull(Sexe.class, r.value6()),
                        r.value7(), r.value8(), enumOuNull(IssueSituation.class, r.value9()), r.value10(),
                        enumOuNull(StatutAssure.class, r.value11()), Boolean.TRUE.equals(r.value12())));
    }

    @Override
    public List<FaitDecision> decisions(Periode periode) {
        Set<UUID> corrigees = corrigees();
        List<FaitDecision> faits = lire(periode, lectureDecisions);
        faits.removeIf(f -> corrigees.contains(f.id()));
        return faits;
    }

    /** Every decision of the period, corrected ones included; {@code situations}: only theirs (null: all). */
    private List<FaitDecision> decisions(Periode periode, Collection<UUID> situations) {
        Condition parmi = situations == null ? DSL.noCondition() : Identifiants.parmi(DEMANDE.SITUATION_ID, situations);
        List<FaitDecision> faits = new ArrayList<>();
        // decisions of the closed meetings held in the period
        contexte.dsl()
                .select(DECISION.ID, DEMANDE.SITUATION_ID, DEMANDE.MESURE, DECISION.ISSUE, SEANCE.DATE_SEANCE,
                        DEMANDE.DATE_DEMANDE, DECISION.MONTANT_ACCORDE, DEMANDE.COUT, DEMANDE.ACCUEIL_SIRET,
                        ASSURE.EMPLOYEUR_SIRET)
                .from(SEANCE).join(DECISION).on(DECISION.SEANCE_ID.eq(SEANCE.ID))
                .join(DEMANDE).on(DEMANDE.ID.eq(DECISION.DEMANDE_ID))
                .join(SITUATION).on(SITUATION.ID.eq(DEMANDE.SITUATION_ID))
                .join(ASSURE).on(ASSURE.ID.eq(SITUATION.ASSURE_ID))
                .where(SEANCE.STATUT.eq(StatutSeance.CLOTUREE.name()))
                .and(SEANCE.DATE_SEANCE.between(periode.du(), periode.au()))
                .and(parmi)
                .forEach(r -> faits.add(new FaitDecision(r.value1(), r.value2(), TypeMesure.valueOf(r.value3()),
                        IssueDecision.valueOf(r.value4()), r.value5(), r.value6(), r.value7(), r.value8(),
                        memeEntreprise(r.value9(), r.value10()))));
        // urgent decisions, taken between meetings, dated by the time they were taken (Paris time)
        contexte.dsl()
                .select(DECISION.ID, DEMANDE.SITUATION_ID, DEMANDE.MESURE, DECISION.ISSUE, DECISION.DECIDEE_LE,
                        DEMANDE.DATE_DEMANDE, DECISION.MONTANT_ACCORDE, DEMANDE.COUT, DEMANDE.ACCUEIL_SIRET,
                        ASSURE.EMPLOYEUR_SIRET)
                .from(DECISION).join(DEMANDE).on(DEMANDE.ID.eq(DECISION.DEMANDE_ID))
                .join(SITUATION).on(SITUATION.ID.eq(DEMANDE.SITUATION_ID))
                .join(ASSURE).on(ASSURE.ID.eq(SITUATION.ASSURE_ID))
                .where(DECISION.SEANCE_ID.isNull())
                .and(DECISION.DECIDEE_LE.ge(debutDuJour(periode.du())))
                .and(DECISION.DECIDEE_LE.lt(debutDuJour(periode.au().plusDays(1))))
                .and(parmi)
                .forEach(r -> faits.add(new FaitDecision(r.value1(), r.value2(), TypeMesure.valueOf(r.value3()),
                        IssueDecision.valueOf(r.value4()),
                        r.value5().atZoneSameInstant(Horloge.FUSEAU_PARIS).toLocalDate(), r.value6(), r.value7(),
                        r.value8(), memeEntreprise(r.value9(), r.value10()))));
        return faits;
    }

    /** Whether the host company is the employer, by SIRET; null when either is not recorded. */
    private static Boolean memeEntreprise(String accueil, String employeur) {
        if (accueil == null || accueil.isBlank() || employeur == null || employeur.isBlank()) {
            return null;
        }
        return accueil.strip().equals(employeur.strip());
    }

    @Override
    public List<FaitPoint> pointsExamines(Periode periode) {
        return contexte.dsl()
                .select(POINT_ORDRE_DU_JOUR.SEANCE_ID, POINT_ORDRE_DU_JOUR.SITUATION_ID)
                .from(SEANCE).join(POINT_ORDRE_DU_JOUR).on(POINT_ORDRE_DU_JOUR.SEANCE_ID.eq(SEANCE.ID))
                .where(SEANCE.STATUT.in(StatutSeance.OUVERTE.name(), StatutSeance.CLOTUREE.name()))
                .and(SEANCE.DATE_SEANCE.between(periode.du(), periode.au()))
                .fetch(r -> new FaitPoint(r.value1(), r.value2()));
    }

    /** The decisions a rectificatif replaced: few, read once through their index rather than tested row by row. */
    private Set<UUID> corrigees() {
        return new HashSet<>(contexte.dsl().select(DECISION.RECTIFIE_DECISION_ID).from(DECISION)
                .where(DECISION.RECTIFIE_DECISION_ID.isNotNull()).fetch(DECISION.RECTIFIE_DECISION_ID));
    }

    @Override
    public List<FaitSeance> seances(Periode periode) {
        return contexte.dsl()
                .select(SEANCE.ID, SEANCE.NUMERO, SEANCE.DATE_SEANCE, count(SEANCE_PRESENCE.MEMBRE_ID),
                        sum(when(SEANCE_PRESENCE.ETAT.eq(EtatPresence.PRESENT.name()), 1).otherwise(0)))
                .from(SEANCE).leftJoin(SEANCE_PRESENCE).on(SEANCE_PRESENCE.SEANCE_ID.eq(SEANCE.ID))
                .where(SEANCE.STATUT.in(StatutSeance.OUVERTE.name(), StatutSeance.CLOTUREE.name()))
                .and(SEANCE.DATE_SEANCE.between(periode.du(), periode.au()))
                .groupBy(SEANCE.ID, SEANCE.NUMERO, SEANCE.DATE_SEANCE)
                .orderBy(SEANCE.DATE_SEANCE)
                .fetch(r -> new FaitSeance(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? 0 : r.value5().intValue()));
    }

    @Override
    public List<FaitDevenir> devenirs(Periode periode) {
        Set<UUID> corrigees = corrigees();
        return lire(periode, lectureDevenirs).stream()
                .filter(d -> !corrigees.contains(d.decisionId()))
                .map(d -> new FaitDevenir(d.situationId(), d.mesure(), d.issue()))
                .distinct()
                .toList();
    }

    private List<DevenirLu> devenirs(Periode periode, Collection<UUID> situations) {
        return contexte.dsl()
                .selectDistinct(SITUATION.ID, DEMANDE.MESURE, SITUATION.ISSUE, DECISION.ID)
                .from(SITUATION).join(DEMANDE).on(DEMANDE.SITUATION_ID.eq(SITUATION.ID))
                .join(DECISION).on(DECISION.DEMANDE_ID.eq(DEMANDE.ID))
                .leftJoin(SEANCE).on(SEANCE.ID.eq(DECISION.SEANCE_ID))
                .where(SITUATION.DATE_CLOTURE.between(periode.du(), periode.au()))
                .and(DECISION.ISSUE.in(ACCORDS))
                .and(DECISION.SEANCE_ID.isNull().or(SEANCE.STATUT.eq(StatutSeance.CLOTUREE.name())))
                .and(situations == null ? DSL.noCondition() : Identifiants.parmi(SITUATION.ID, situations))
                .fetch(r -> new DevenirLu(r.value1(), TypeMesure.valueOf(r.value2()),
                        enumOuNull(IssueSituation.class, r.value3()), r.value4()));
    }

    private static OffsetDateTime debutDuJour(LocalDate jour) {
        return jour.atStartOfDay(Horloge.FUSEAU_PARIS).toOffsetDateTime();
    }

    private static <E extends Enum<E>> E enumOuNull(Class<E> type, String valeur) {
        return valeur == null ? null : Enum.valueOf(type, valeur);
    }
}
