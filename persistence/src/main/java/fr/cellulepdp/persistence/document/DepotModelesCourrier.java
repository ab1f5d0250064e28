package fr.cellulepdp.persistence.document;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.MODELE_COURRIER;

import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.document.ModeleCourrier;
import fr.cellulepdp.model.document.ModeleCourrierRepository;
import fr.cellulepdp.persistence.jooq.tables.records.ModeleCourrierRecord;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.OrderField;

/** The letters' wording per outcome. */
public final class DepotModelesCourrier extends DepotJooq<ModeleCourrier, ModeleCourrierRecord>
        implements ModeleCourrierRepository {

    public DepotModelesCourrier(ContexteJooq contexte) {
        super(contexte, MODELE_COURRIER, MODELE_COURRIER.ID, MODELE_COURRIER.VERSION, "Modèle de courrier");
    }

    @Override
    public Optional<ModeleCourrier> findByIssue(IssueDecision issue) {
        return trouverOu(MODELE_COURRIER.ISSUE.eq(issue.name())).stream().findFirst();
    }

    @Override
    protected ModeleCourrierRecord versLigne(DSLContext dsl, ModeleCourrier m) {
        ModeleCourrierRecord r = dsl.newRecord(MODELE_COURRIER);
        r.setId(m.id());
        r.setIssue(m.issue().name());
        r.setTexte(m.texte());
        return r;
    }

    @Override
    protected ModeleCourrier depuisLigne(DSLContext dsl, ModeleCourrierRecord r) {
        return new ModeleCourrier(r.getId(), r.getVersion(), IssueDecision.valueOf(r.getIssue()), r.getTexte());
    }

    @Override
    protected ModeleCourrier avecVersion(ModeleCourrier m, long version) {
        return new ModeleCourrier(m.id(), version, m.issue(), m.texte());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {MODELE_COURRIER.ISSUE};
    }
}
