package fr.cellulepdp.persistence.suivi;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.SUIVI;

import fr.cellulepdp.model.suivi.Suivi;
import fr.cellulepdp.model.suivi.SuiviRepository;
import fr.cellulepdp.persistence.jooq.tables.records.SuiviRecord;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.OrderField;

public final class DepotSuivis extends DepotJooq<Suivi, SuiviRecord> implements SuiviRepository {

    public DepotSuivis(ContexteJooq contexte) {
        super(contexte, SUIVI, SUIVI.ID, SUIVI.VERSION, "Suivi");
    }

    @Override
    public List<Suivi> findBySituation(UUID situationId) {
        return trouverOu(SUIVI.SITUATION_ID.eq(situationId));
    }

    @Override
    public List<Suivi> nonRealises() {
        return trouverOu(SUIVI.REALISE_LE.isNull());
    }

    @Override
    protected SuiviRecord versLigne(DSLContext dsl, Suivi s) {
        SuiviRecord r = dsl.newRecord(SUIVI);
        r.setId(s.id());
        r.setSituationId(s.situationId());
        r.setDecisionId(s.decisionId());
        r.setAction(s.action());
        r.setResponsableId(s.responsableId());
        r.setEcheance(s.echeance());
        r.setRealiseLe(s.realiseLe());
        r.setNote(s.note());
        return r;
    }

    @Override
    protected Suivi depuisLigne(DSLContext dsl, SuiviRecord r) {
        return new Suivi(r.getId(), r.getVersion(), r.getSituationId(), r.getDecisionId(), r.getAction(),
                r.getResponsableId(), r.getEcheance(), r.getRealiseLe(), r.getNote());
    }

    @Override
    protected Suivi avecVersion(Suivi s, long version) {
        return new Suivi(s.id(), version, s.situationId(), s.decisionId(), s.action(), s.responsableId(),
                s.echeance(), s.realiseLe(), s.note());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {SUIVI.ECHEANCE, SUIVI.ID};
    }
}
