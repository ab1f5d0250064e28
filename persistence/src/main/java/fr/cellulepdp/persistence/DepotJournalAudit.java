package fr.cellulepdp.persistence;

import static fr.cellulepdp.persistence.jooq.Tables.EVENEMENT_AUDIT;

import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.model.audit.JournalAudit;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The append-only audit trail; the next sequence number is taken inside the inserting transaction. */
final class DepotJournalAudit implements JournalAudit {

    private final ContexteJooq contexte;

    DepotJournalAudit(ContexteJooq contexte) {
        this.contexte = contexte;
    }

    @Override
    public EvenementAudit append(EvenementAudit e) {
        return contexte.inTransaction(() -> {
            // two clients appending at once take the next numbers one after the other
            contexte.verrouiller("journal d'audit");
            DSLContext dsl = contexte.dsl();
            Long dernier = dsl.select(DSL.max(EVENEMENT_AUDIT.NUMERO_SEQUENCE)).from(EVENEMENT_AUDIT).fetchOne().value1();
            long sequence = dernier == null ? 1 : dernier + 1;
            dsl.insertInto(EVENEMENT_AUDIT)
                    .set(EVENEMENT_AUDIT.NUMERO_SEQUENCE, sequence)
                    .set(EVENEMENT_AUDIT.HORODATAGE, Conversions.versColonne(e.horodatage()))
                    .set(EVENEMENT_AUDIT.ACTEUR, e.acteur())
                    .set(EVENEMENT_AUDIT.ACTION, e.action())
                    .set(EVENEMENT_AUDIT.TYPE_OBJET, e.typeObjet())
                    .set(EVENEMENT_AUDIT.OBJET_ID, e.objetId())
                    .set(EVENEMENT_AUDIT.DETAILS, e.details())
                    .set(EVENEMENT_AUDIT.HASH_PRECEDENT, e.hashPrecedent())
                    .set(EVENEMENT_AUDIT.HASH, e.hash())
                    .execute();
            return new EvenementAudit(sequence, e.horodatage(), e.acteur(), e.action(), e.typeObjet(), e.objetId(),
                    e.details(), e.hashPrecedent(), e.hash());
        });
    }

    @Override
    public List<EvenementAudit> findAll() {
        return contexte.dsl().selectFrom(EVENEMENT_AUDIT).orderBy(EVENEMENT_AUDIT.NUMERO_SEQUENCE)
                .fetch(r -> new EvenementAudit(r.getNumeroSequence(), Conversions.depuisColonne(r.getHorodatage()),
                        r.getActeur(), r.getAction(), r.getTypeObjet(), r.getObjetId(), r.getDetails(),
                        r.getHashPrecedent(), r.getHash()));
    }
}
