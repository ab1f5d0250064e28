package fr.cellulepdp.persistence.notification;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.Conversions;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.CODE_COURRIEL;

import fr.cellulepdp.model.notification.CodeCourriel;
import fr.cellulepdp.model.notification.CodeCourrielRepository;
import fr.cellulepdp.persistence.jooq.tables.records.CodeCourrielRecord;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.OrderField;

/** The people's personal codes, one row per person at most. */
public final class DepotCodesCourriel extends DepotJooq<CodeCourriel, CodeCourrielRecord> implements CodeCourrielRepository {

    public DepotCodesCourriel(ContexteJooq contexte) {
        super(contexte, CODE_COURRIEL, CODE_COURRIEL.ID, CODE_COURRIEL.VERSION, "Code personnel");
    }

    @Override
    public Optional<CodeCourriel> findByAssure(UUID assureId) {
        return trouverOu(CODE_COURRIEL.ASSURE_ID.eq(assureId)).stream().findFirst();
    }

    @Override
    public void supprimerPourAssure(UUID assureId) {
        contexte.dsl().deleteFrom(CODE_COURRIEL).where(CODE_COURRIEL.ASSURE_ID.eq(assureId)).execute();
    }

    @Override
    protected CodeCourrielRecord versLigne(DSLContext dsl, CodeCourriel c) {
        CodeCourrielRecord r = dsl.newRecord(CODE_COURRIEL);
        r.setId(c.id());
        r.setAssureId(c.assureId());
        r.setCode(c.code());
        r.setCreeLe(Conversions.versColonne(c.creeLe()));
        r.setLettreId(c.lettreId());
        r.setRemisLe(c.remisLe());
        r.setRemisPar(c.remisPar());
        return r;
    }

    @Override
    protected CodeCourriel depuisLigne(DSLContext dsl, CodeCourrielRecord r) {
        return new CodeCourriel(r.getId(), r.getVersion(), r.getAssureId(), r.getCode(),
                Conversions.depuisColonne(r.getCreeLe()), r.getLettreId(), r.getRemisLe(), r.getRemisPar());
    }

    @Override
    protected CodeCourriel avecVersion(CodeCourriel c, long version) {
        return new CodeCourriel(c.id(), version, c.assureId(), c.code(), c.creeLe(), c.lettreId(), c.remisLe(),
                c.remisPar());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {CODE_COURRIEL.ID};
    }
}
