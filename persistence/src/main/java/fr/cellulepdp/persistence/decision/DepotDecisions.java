package fr.cellulepdp.persistence.decision;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.Conversions;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.DECISION;
import static fr.cellulepdp.persistence.jooq.Tables.DECISION_SUIVI_PREVU;

import fr.cellulepdp.model.decision.AvisMedical;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.DecisionRepository;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.SuiviPrevu;
import fr.cellulepdp.persistence.jooq.tables.records.DecisionRecord;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.Result;

public final class DepotDecisions extends DepotJooq<Decision, DecisionRecord> implements DecisionRepository {

    public DepotDecisions(ContexteJooq contexte) {
        super(contexte, DECISION, DECISION.ID, DECISION.VERSION, "Décision");
    }

    @Override
    public List<Decision> findByDemande(UUID demandeId) {
        return trouverOu(DECISION.DEMANDE_ID.eq(demandeId));
    }

    @Override
    public List<Decision> findBySeance(UUID seanceId) {
        return trouverOu(DECISION.SEANCE_ID.eq(seanceId));
    }

    @Override
    public List<Decision> horsSeance() {
        return trouverOu(DECISION.SEANCE_ID.isNull());
    }

    @Override
    protected DecisionRecord versLigne(DSLContext dsl, Decision d) {
        DecisionRecord r = dsl.newRecord(DECISION);
        r.setId(d.id());
        r.setDemandeId(d.demandeId());
        r.setSeanceId(d.seanceId());
        r.setIssue(d.issue().name());
        r.setAvisMedical(d.avisMedical().name());
        r.setMotifs(d.motifs());
        r.setConditions(d.conditions());
        r.setDateDebutAccordee(d.dateDebutAccordee());
        r.setDateFinAccordee(d.dateFinAccordee());
        r.setMontantAccorde(d.montantAccorde());
        r.setElementsManquants(d.elementsManquants());
        r.setDateLimiteElements(d.dateLimiteElements());
        r.setDerogation(d.derogation());
        r.setRectifieDecisionId(d.rectifieDecisionId());
        r.setDecideeLe(Conversions.versColonne(d.decideeLe()));
        r.setDecideeParId(d.decideeParId());
        r.setReferentMedicalUrgenceId(d.referentMedicalUrgenceId());
        return r;
    }

    @Override
    protected Decision depuisLigne(DSLContext dsl, DecisionRecord r) {
        return decision(r, suivisPrevus(dsl, DECISION.ID.eq(r.getId())).getOrDefault(r.getId(), List.of()));
    }

    /**
     * Many decisions with their planned follow-ups in one more query, not one per decision: those of the decisions
     * matching the same condition (not their ids listed: a whole table's would pass PostgreSQL's limit of bound values).
     */
    @Override
    protected List<Decision> depuisLignes(DSLContext dsl, Result<DecisionRecord> lignes, Condition condition) {
        Map<UUID, List<SuiviPrevu>> suivis = lignes.isEmpty() ? Map.of() : suivisPrevus(dsl, condition);
        return lignes.map(r -> decision(r, suivis.getOrDefault(r.getId(), List.of())));
    }

    private static Map<UUID, List<SuiviPrevu>> suivisPrevus(DSLContext dsl, Condition decisions) {
        return dsl.select(DECISION_SUIVI_PREVU.fields()).from(DECISION_SUIVI_PREVU)
                .join(DECISION).on(DECISION.ID.eq(DECISION_SUIVI_PREVU.DECISION_ID))
                .where(decisions)
                .orderBy(DECISION_SUIVI_PREVU.DECISION_ID, DECISION_SUIVI_PREVU.POSITION)
                .fetchInto(DECISION_SUIVI_PREVU)
                .intoGroups(DECISION_SUIVI_PREVU.DECISION_ID,
                        s -> new SuiviPrevu(s.getAction(), s.getResponsableId(), s.getEcheance()));
    }

    private static Decision decision(DecisionRecord r, List<SuiviPrevu> suivisPrevus) {
        return new Decision(r.getId(), r.getVersion(), r.getDemandeId(), r.getSeanceId(),
                IssueDecision.valueOf(r.getIssue()), AvisMedical.valueOf(r.getAvisMedical()), r.getMotifs(),
                r.getConditions(), r.getDateDebutAccordee(), r.getDateFinAccordee(), r.getMontantAccorde(),
                r.getElementsManquants(), r.getDateLimiteElements(), r.getDerogation(), r.getRectifieDecisionId(),
                Conversions.depuisColonne(r.getDecideeLe()), r.getDecideeParId(), r.getReferentMedicalUrgenceId(),
                suivisPrevus);
    }

    @Override
    protected void ecrireEnfants(DSLContext dsl, Decision d) {
        int position = 0;
        for (SuiviPrevu suivi : d.suivisPrevus()) {
            dsl.insertInto(DECISION_SUIVI_PREVU)
                    .set(DECISION_SUIVI_PREVU.DECISION_ID, d.id())
                    .set(DECISION_SUIVI_PREVU.POSITION, position++)
                    .set(DECISION_SUIVI_PREVU.ACTION, suivi.action())
                    .set(DECISION_SUIVI_PREVU.RESPONSABLE_ID, suivi.responsableId())
                    .set(DECISION_SUIVI_PREVU.ECHEANCE, suivi.echeance())
                    .execute();
        }
    }

    @Override
    protected void supprimerEnfants(DSLContext dsl, UUID id) {
        dsl.deleteFrom(DECISION_SUIVI_PREVU).where(DECISION_SUIVI_PREVU.DECISION_ID.eq(id)).execute();
    }

    @Override
    protected Decision avecVersion(Decision d, long version) {
        return new Decision(d.id(), version, d.demandeId(), d.seanceId(), d.issue(), d.avisMedical(), d.motifs(),
                d.conditions(), d.dateDebutAccordee(), d.dateFinAccordee(), d.montantAccorde(), d.elementsManquants(),
                d.dateLimiteElements(), d.derogation(), d.rectifieDecisionId(), d.decideeLe(), d.decideeParId(),
                d.referentMedicalUrgenceId(), d.suivisPrevus());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {DECISION.DECIDEE_LE, DECISION.ID};
    }
}
