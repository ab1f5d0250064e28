package fr.cellulepdp.persistence.suivi;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.DECISION;
import static fr.cellulepdp.persistence.jooq.Tables.DEMANDE;
import static fr.cellulepdp.persistence.jooq.Tables.SITUATION;
import static fr.cellulepdp.persistence.jooq.Tables.SUIVI;

import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.suivi.CritereSuivis;
import fr.cellulepdp.model.suivi.Suivi;
import fr.cellulepdp.model.suivi.SuiviDeLaListe;
import fr.cellulepdp.model.suivi.SuiviRepository;
import fr.cellulepdp.model.suivi.SuivisDeLaListe;
import fr.cellulepdp.persistence.situation.NomsDesPersonnes;
import fr.cellulepdp.persistence.jooq.tables.records.SuiviRecord;
import fr.cellulepdp.persistence.depot.Conversions;
import fr.cellulepdp.persistence.depot.Identifiants;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.impl.DSL;

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

    /**
     * Three statements along the indexes of the due dates (V41: not done, then due; or due): the due date of the
     * page's last follow-up, the page's follow-ups up to that day, each joined by primary key to its file and person
     * and to its decision's request for the measure, and whether any is due after. On a server a partner's role
     * reads the people's first letters only (V33's view), as the Situations list does.
     */
    @Override
    public SuivisDeLaListe deLaListe(CritereSuivis critere) {
        DSLContext dsl = contexte.dsl();
        Condition choisis = critere.avecRealises() ? DSL.noCondition() : SUIVI.REALISE_LE.isNull();
        if (critere.responsableId() != null) {
            choisis = choisis.and(SUIVI.RESPONSABLE_ID.eq(critere.responsableId()));
        }
        if (critere.apres() != null) {
            choisis = choisis.and(SUIVI.ECHEANCE.gt(critere.apres()));
        }
        LocalDate dernierJour = dsl.select(SUIVI.ECHEANCE).from(SUIVI).where(choisis).orderBy(SUIVI.ECHEANCE)
                .offset(critere.limite() - 1).limit(1).fetchOne(SUIVI.ECHEANCE);
        Condition page = dernierJour == null ? choisis : choisis.and(SUIVI.ECHEANCE.le(dernierJour));
        boolean davantage = dernierJour != null && dsl.fetchExists(dsl.selectOne().from(SUIVI)
                .where(choisis).and(SUIVI.ECHEANCE.gt(dernierJour)));
        return new SuivisDeLaListe(lignes(dsl, page), davantage);
    }

    private List<SuiviDeLaListe> lignes(DSLContext dsl, Condition page) {
        // an internal member's reading: the names (a partner never reads the follow-ups, SuivreSuivis)
        NomsDesPersonnes personnes = NomsDesPersonnes.pour(false, contexte.moteur());
        Field<String> nom = personnes.nom();
        Field<String> prenom = personnes.prenom();
        return dsl.select(SUIVI.fields()).select(SITUATION.NUMERO_DOSSIER, nom, prenom, DEMANDE.MESURE)
                .from(SUIVI)
                .join(SITUATION).on(SITUATION.ID.eq(SUIVI.SITUATION_ID))
                .join(personnes.table()).on(personnes.id().eq(SITUATION.ASSURE_ID))
                .leftJoin(DECISION).on(DECISION.ID.eq(SUIVI.DECISION_ID))
                .leftJoin(DEMANDE).on(DEMANDE.ID.eq(DECISION.DEMANDE_ID))
                .where(page)
                .orderBy(SUIVI.ECHEANCE, SITUATION.NUMERO_TRI.asc().nullsFirst(), SUIVI.ID)
                .fetch(r -> new SuiviDeLaListe(depuisLigne(dsl, r.into(SUIVI)), r.get(SITUATION.NUMERO_DOSSIER),
                        r.get(nom), r.get(prenom), r.get(DEMANDE.MESURE) == null ? null
                                : TypeMesure.valueOf(r.get(DEMANDE.MESURE)),
                        Conversions.depuisColonne(r.get(SUIVI.RAPPELE_LE))));
    }

    /** Only a later time replaces the one kept; not a change of the follow-up (its version stays). */
    @Override
    public void noterRappel(Collection<UUID> suiviIds, Instant le) {
        if (suiviIds.isEmpty()) {
            return;
        }
        OffsetDateTime colonne = Conversions.versColonne(le);
        contexte.dsl().update(SUIVI).set(SUIVI.RAPPELE_LE, colonne)
                .where(Identifiants.parmi(SUIVI.ID, suiviIds))
                .and(SUIVI.RAPPELE_LE.isNull().or(SUIVI.RAPPELE_LE.lt(colonne)))
                .execute();
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
