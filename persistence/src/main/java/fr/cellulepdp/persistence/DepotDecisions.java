package fr.cellulepdp.persistence;

import static fr.cellulepdp.persistence.jooq.Tables.DECISION;

import fr.cellulepdp.model.decision.AvisMedical;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.DecisionRepository;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.persistence.jooq.tables.records.DecisionRecord;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.OrderField;

final class DepotDecisions extends DepotJooq<Decision, DecisionRecord> implements DecisionRepository {

    DepotDecisions(ContexteJooq contexte) {
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
        return r;
    }

    @Override
    protected Decision depuisLigne(DSLContext dsl, DecisionRecord r) {
        return new Decision(r.getId(), r.getVersion(), r.getDemandeId(), r.getSeanceId(),
                IssueDecision.valueOf(r.getIssue()), AvisMedical.valueOf(r.getAvisMedical()), r.getMotifs(),
                r.getConditions(), r.getDateDebutAccordee(), r.getDateFinAccordee(), r.getMontantAccorde(),
                r.getElementsManquants(), r.getDateLimiteElements(), r.getDerogation(), r.getRectifieDecisionId(),
                Conversions.depuisColonne(r.getDecideeLe()), r.getDecideeParId());
    }

    @Override
    protected Decision avecVersion(Decision d, long version) {
        return new Decision(d.id(), version, d.demandeId(), d.seanceId(), d.issue(), d.avisMedical(), d.motifs(),
                d.conditions(), d.dateDebutAccordee(), d.dateFinAccordee(), d.montantAccorde(), d.elementsManquants(),
                d.dateLimiteElements(), d.derogation(), d.rectifieDecisionId(), d.decideeLe(), d.decideeParId());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {DECISION.DECIDEE_LE, DECISION.ID};
    }
}
