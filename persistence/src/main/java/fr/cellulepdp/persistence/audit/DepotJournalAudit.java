package fr.cellulepdp.persistence.audit;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.Conversions;

import static fr.cellulepdp.persistence.jooq.Tables.EVENEMENT_AUDIT;

import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.model.audit.JournalAudit;
import java.util.List;
import org.jooq.DSLContext;
import fr.cellulepdp.persistence.jooq.tables.records.EvenementAuditRecord;
import java.util.Optional;

/**
 * The append-only audit trail. The sequence number is the primary key: two clients appending at once cannot both
 * take the same place in the chain (the second insert fails and its transaction rolls back).
 */
public final class DepotJournalAudit implements JournalAudit {

    private static final int TRANCHE_OBJETS = 500;

    private final ContexteJooq contexte;

    public DepotJournalAudit(ContexteJooq contexte) {
        this.contexte = contexte;
    }

    @Override
    public EvenementAudit append(EvenementAudit e) {
        return contexte.inTransaction(() -> {
            DSLContext dsl = contexte.dsl();
            dsl.insertInto(EVENEMENT_AUDIT)
                    .set(EVENEMENT_AUDIT.NUMERO_SEQUENCE, e.sequence())
                    .set(EVENEMENT_AUDIT.HORODATAGE, Conversions.versColonne(e.horodatage()))
                    .set(EVENEMENT_AUDIT.ACTEUR, e.acteur())
                    .set(EVENEMENT_AUDIT.ACTION, e.action())
                    .set(EVENEMENT_AUDIT.TYPE_OBJET, e.typeObjet())
                    .set(EVENEMENT_AUDIT.OBJET_ID, e.objetId())
                    .set(EVENEMENT_AUDIT.DETAILS, e.details())
                    .set(EVENEMENT_AUDIT.HASH_PRECEDENT, e.hashPrecedent())
                    .set(EVENEMENT_AUDIT.HASH, e.hash())
                    .set(EVENEMENT_AUDIT.SIGNATURE, e.signature())
                    .execute();
            return e;
        });
    }

    @Override
    public List<EvenementAudit> precedents(long avant, int nombre) {
        return contexte.dsl().selectFrom(EVENEMENT_AUDIT).where(EVENEMENT_AUDIT.NUMERO_SEQUENCE.lt(avant))
                .orderBy(EVENEMENT_AUDIT.NUMERO_SEQUENCE.desc()).limit(nombre).fetch(DepotJournalAudit::evenement);
    }

    @Override
    public List<EvenementAudit> suivants(long apres, int nombre) {
        return contexte.dsl().selectFrom(EVENEMENT_AUDIT).where(EVENEMENT_AUDIT.NUMERO_SEQUENCE.gt(apres))
                .orderBy(EVENEMENT_AUDIT.NUMERO_SEQUENCE).limit(nombre).fetch(DepotJournalAudit::evenement);
    }

    @Override
    public List<EvenementAudit> parObjets(java.util.Set<java.util.UUID> objets) {
        // by slices: a person followed for years is hundreds of objects, beyond what a statement should bind at once
        List<java.util.UUID> liste = List.copyOf(objets);
        List<EvenementAudit> trouves = new java.util.ArrayList<>();
        for (int i = 0; i < liste.size(); i += TRANCHE_OBJETS) {
            trouves.addAll(contexte.dsl().selectFrom(EVENEMENT_AUDIT)
                    .where(EVENEMENT_AUDIT.OBJET_ID.in(liste.subList(i, Math.min(liste.size(), i + TRANCHE_OBJETS))))
                    .fetch(DepotJournalAudit::evenement));
        }
        trouves.sort(java.util.Comparator.comparingLong(EvenementAudit::sequence));
        return trouves;
    }

    @Override
    public Optional<EvenementAudit> dernier() {
        return contexte.dsl().selectFrom(EVENEMENT_AUDIT).orderBy(EVENEMENT_AUDIT.NUMERO_SEQUENCE.desc()).limit(1)
                .fetchOptional(DepotJournalAudit::evenement);
    }

    @Override
    public List<EvenementAudit> parActions(java.util.Set<String> actions) {
        return contexte.dsl().selectFrom(EVENEMENT_AUDIT).where(EVENEMENT_AUDIT.ACTION.in(actions))
                .orderBy(EVENEMENT_AUDIT.NUMERO_SEQUENCE).fetch(DepotJournalAudit::evenement);
    }

    @Override
    public List<EvenementAudit> findAll() {
        return contexte.dsl().selectFrom(EVENEMENT_AUDIT).orderBy(EVENEMENT_AUDIT.NUMERO_SEQUENCE)
                .fetch(DepotJournalAudit::evenement);
    }

    private static EvenementAudit evenement(EvenementAuditRecord r) {
        return new EvenementAudit(r.getNumeroSequence(), Conversions.depuisColonne(r.getHorodatage()), r.getActeur(),
                r.getAction(), r.getTypeObjet(), r.getObjetId(), r.getDetails(), r.getHashPrecedent(), r.getHash(), r.getSignature());
    }
}
