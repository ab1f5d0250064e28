package fr.cellulepdp.persistence.decision;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.MOTIF_TYPE;

import fr.cellulepdp.model.decision.MotifType;
import fr.cellulepdp.model.decision.MotifTypeRepository;
import fr.cellulepdp.persistence.jooq.tables.records.MotifTypeRecord;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.OrderField;

/** The cell's standard phrases for decision reasons. */
public final class DepotMotifsTypes extends DepotJooq<MotifType, MotifTypeRecord> implements MotifTypeRepository {

    public DepotMotifsTypes(ContexteJooq contexte) {
        super(contexte, MOTIF_TYPE, MOTIF_TYPE.ID, MOTIF_TYPE.VERSION, "Motif type");
    }

    @Override
    public void supprimer(UUID id) {
        contexte.dsl().deleteFrom(MOTIF_TYPE).where(MOTIF_TYPE.ID.eq(id)).execute();
    }

    @Override
    protected MotifTypeRecord versLigne(DSLContext dsl, MotifType m) {
        MotifTypeRecord r = dsl.newRecord(MOTIF_TYPE);
        r.setId(m.id());
        r.setPosition(m.position());
        r.setTexte(m.texte());
        return r;
    }

    @Override
    protected MotifType depuisLigne(DSLContext dsl, MotifTypeRecord r) {
        return new MotifType(r.getId(), r.getVersion(), r.getPosition(), r.getTexte());
    }

    @Override
    protected MotifType avecVersion(MotifType m, long version) {
        return new MotifType(m.id(), version, m.position(), m.texte());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {MOTIF_TYPE.POSITION, MOTIF_TYPE.ID};
    }
}
