package fr.cellulepdp.persistence.seance;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.APPROBATION_PV;

import fr.cellulepdp.model.seance.Approbation;
import fr.cellulepdp.model.seance.ApprobationProcesVerbal;
import fr.cellulepdp.model.seance.ApprobationProcesVerbalRepository;
import fr.cellulepdp.persistence.jooq.tables.records.ApprobationPvRecord;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.OrderField;

/** The approvals of previous minutes, one per meeting. */
public final class DepotApprobationsProcesVerbal extends DepotJooq<ApprobationProcesVerbal, ApprobationPvRecord>
        implements ApprobationProcesVerbalRepository {

    public DepotApprobationsProcesVerbal(ContexteJooq contexte) {
        super(contexte, APPROBATION_PV, APPROBATION_PV.ID, APPROBATION_PV.VERSION, "Approbation du procès-verbal");
    }

    @Override
    public Optional<ApprobationProcesVerbal> findBySeance(UUID seanceId) {
        return trouverOu(APPROBATION_PV.SEANCE_ID.eq(seanceId)).stream().findFirst();
    }

    @Override
    protected ApprobationPvRecord versLigne(DSLContext dsl, ApprobationProcesVerbal a) {
        ApprobationPvRecord r = dsl.newRecord(APPROBATION_PV);
        r.setId(a.id());
        r.setSeanceId(a.seanceId());
        r.setPrecedenteId(a.precedenteId());
        r.setApprobation(a.approbation().name());
        r.setModifications(a.modifications());
        return r;
    }

    @Override
    protected ApprobationProcesVerbal depuisLigne(DSLContext dsl, ApprobationPvRecord r) {
        return new ApprobationProcesVerbal(r.getId(), r.getVersion(), r.getSeanceId(), r.getPrecedenteId(),
                Approbation.valueOf(r.getApprobation()), r.getModifications());
    }

    @Override
    protected ApprobationProcesVerbal avecVersion(ApprobationProcesVerbal a, long version) {
        return new ApprobationProcesVerbal(a.id(), version, a.seanceId(), a.precedenteId(), a.approbation(),
                a.modifications());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {APPROBATION_PV.SEANCE_ID};
    }
}
