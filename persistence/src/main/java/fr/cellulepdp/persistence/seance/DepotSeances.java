package fr.cellulepdp.persistence.seance;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.DECISION;
import static fr.cellulepdp.persistence.jooq.Tables.POINT_DEMANDE;
import static fr.cellulepdp.persistence.jooq.Tables.POINT_ORDRE_DU_JOUR;
import static fr.cellulepdp.persistence.jooq.Tables.POINT_RECUSATION;
import static fr.cellulepdp.persistence.jooq.Tables.SEANCE;
import static fr.cellulepdp.persistence.jooq.Tables.SEANCE_INVITE;
import static fr.cellulepdp.persistence.jooq.Tables.SEANCE_PRESENCE;

import fr.cellulepdp.model.seance.CategoriePoint;
import fr.cellulepdp.model.seance.EtatPresence;
import fr.cellulepdp.model.seance.PointOrdreDuJour;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.SeanceRepository;
import fr.cellulepdp.model.seance.StatutSeance;
import fr.cellulepdp.persistence.jooq.tables.records.PointOrdreDuJourRecord;
import fr.cellulepdp.persistence.jooq.tables.records.SeanceRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.impl.DSL;

/** Meetings with their attendance, guests and ordered agenda (items, their requests and recusals). */
public final class DepotSeances extends DepotJooq<Seance, SeanceRecord> implements SeanceRepository {

    public DepotSeances(ContexteJooq contexte) {
        super(contexte, SEANCE, SEANCE.ID, SEANCE.VERSION, "Séance");
    }

    @Override
    public String marqueurChangements(UUID seanceId) {
        // a save adds one to a version: an entered, changed or corrected decision changes the count or the sum
        return contexte.dsl().select(SEANCE.VERSION, DSL.count(DECISION.ID), DSL.sum(DECISION.VERSION))
                .from(SEANCE).leftJoin(DECISION).on(DECISION.SEANCE_ID.eq(SEANCE.ID))
                .where(SEANCE.ID.eq(seanceId))
                .groupBy(SEANCE.VERSION)
                .fetchOptional()
                .map(r -> r.value1() + "/" + r.value2() + "/" + (r.value3() == null ? 0 : r.value3().longValue()))
                .orElse("");
    }

    /** The meetings of the status first (a handful are planned or open), then one index seek per agenda item. */
    @Override
    public Optional<Seance> deStatutAvecDemande(StatutSeance statut, UUID demandeId) {
        return trouverOu(SEANCE.STATUT.eq(statut.name()).and(DSL.exists(DSL.selectOne()
                .from(POINT_ORDRE_DU_JOUR).join(POINT_DEMANDE).on(POINT_DEMANDE.POINT_ID.eq(POINT_ORDRE_DU_JOUR.ID))
                .where(POINT_ORDRE_DU_JOUR.SEANCE_ID.eq(SEANCE.ID))
                .and(POINT_DEMANDE.DEMANDE_ID.eq(demandeId)))))
                .stream().findFirst();
    }

    @Override
    protected SeanceRecord versLigne(DSLContext dsl, Seance s) {
        SeanceRecord r = dsl.newRecord(SEANCE);
        r.setId(s.id());
        r.setNumero(s.numero());
        r.setDateSeance(s.date());
        r.setHeure(s.heure());
        r.setLieu(s.lieu());
        r.setLienVisio(s.lienVisio());
        r.setStatut(s.statut().name());
        r.setSecretaireId(s.secretaireId());
        r.setDerogationQuorum(s.derogationQuorum());
        return r;
    }

    @Override
    protected Seance depuisLigne(DSLContext dsl, SeanceRecord r) {
        UUID id = r.getId();
        List<Presence> presences = dsl.selectFrom(SEANCE_PRESENCE).where(SEANCE_PRESENCE.SEANCE_ID.eq(id))
                .orderBy(SEANCE_PRESENCE.POSITION)
                .fetch(p -> new Presence(p.getMembreId(), EtatPresence.valueOf(p.getEtat())));
        List<String> invites = dsl.select(SEANCE_INVITE.NOM).from(SEANCE_INVITE).where(SEANCE_INVITE.SEANCE_ID.eq(id))
                .orderBy(SEANCE_INVITE.POSITION).fetch(SEANCE_INVITE.NOM);
        List<PointOrdreDuJour> points = dsl.selectFrom(POINT_ORDRE_DU_JOUR)
                .where(POINT_ORDRE_DU_JOUR.SEANCE_ID.eq(id))
                .orderBy(POINT_ORDRE_DU_JOUR.POSITION)
                .fetch(p -> point(dsl, p));
        return new Seance(id, r.getVersion(), r.getNumero(), r.getDateSeance(), r.getHeure(), r.getLieu(),
                r.getLienVisio(), StatutSeance.valueOf(r.getStatut()), r.getSecretaireId(), presences, invites, points,
                r.getDerogationQuorum());
    }

    private static PointOrdreDuJour point(DSLContext dsl, PointOrdreDuJourRecord p) {
        List<UUID> demandes = dsl.select(POINT_DEMANDE.DEMANDE_ID).from(POINT_DEMANDE)
                .where(POINT_DEMANDE.POINT_ID.eq(p.getId())).orderBy(POINT_DEMANDE.POSITION)
                .fetch(POINT_DEMANDE.DEMANDE_ID);
        List<UUID> recuses = dsl.select(POINT_RECUSATION.MEMBRE_ID).from(POINT_RECUSATION)
                .where(POINT_RECUSATION.POINT_ID.eq(p.getId())).fetch(POINT_RECUSATION.MEMBRE_ID);
        return new PointOrdreDuJour(p.getId(), p.getSituationId(), demandes, CategoriePoint.valueOf(p.getCategorie()),
                p.getDureePrevueMinutes(), new HashSet<>(recuses));
    }

    @Override
    protected void ecrireEnfants(DSLContext dsl, Seance s) {
        int position = 0;
        for (Presence presence : s.presences()) {
            dsl.insertInto(SEANCE_PRESENCE)
                    .set(SEANCE_PRESENCE.SEANCE_ID, s.id())
                    .set(SEANCE_PRESENCE.MEMBRE_ID, presence.membreId())
                    .set(SEANCE_PRESENCE.ETAT, presence.etat().name())
                    .set(SEANCE_PRESENCE.POSITION, position++)
                    .execute();
        }
        position = 0;
        for (String invite : s.invites()) {
            dsl.insertInto(SEANCE_INVITE)
                    .set(SEANCE_INVITE.SEANCE_ID, s.id())
                    .set(SEANCE_INVITE.POSITION, position++)
                    .set(SEANCE_INVITE.NOM, invite)
                    .execute();
        }
        position = 0;
        for (PointOrdreDuJour point : s.ordreDuJour()) {
            ecrirePoint(dsl, s.id(), position++, point);
        }
    }

    private static void ecrirePoint(DSLContext dsl, UUID seanceId, int position, PointOrdreDuJour point) {
        dsl.insertInto(POINT_ORDRE_DU_JOUR)
                .set(POINT_ORDRE_DU_JOUR.ID, point.id())
                .set(POINT_ORDRE_DU_JOUR.SEANCE_ID, seanceId)
                .set(POINT_ORDRE_DU_JOUR.POSITION, position)
                .set(POINT_ORDRE_DU_JOUR.SITUATION_ID, point.situationId())
                .set(POINT_ORDRE_DU_JOUR.CATEGORIE, point.categorie().name())
                .set(POINT_ORDRE_DU_JOUR.DUREE_PREVUE_MINUTES, point.dureePrevueMinutes())
                .execute();
        int rang = 0;
        for (UUID demandeId : point.demandeIds()) {
            dsl.insertInto(POINT_DEMANDE)
                    .set(POINT_DEMANDE.POINT_ID, point.id())
                    .set(POINT_DEMANDE.POSITION, rang++)
                    .set(POINT_DEMANDE.DEMANDE_ID, demandeId)
                    .execute();
        }
        for (UUID membreId : point.membresRecuses()) {
            dsl.insertInto(POINT_RECUSATION)
                    .set(POINT_RECUSATION.POINT_ID, point.id())
                    .set(POINT_RECUSATION.MEMBRE_ID, membreId)
                    .execute();
        }
    }

    @Override
    protected void supprimerEnfants(DSLContext dsl, UUID id) {
        // agenda children go with their item (ON DELETE CASCADE)
        dsl.deleteFrom(POINT_ORDRE_DU_JOUR).where(POINT_ORDRE_DU_JOUR.SEANCE_ID.eq(id)).execute();
        dsl.deleteFrom(SEANCE_INVITE).where(SEANCE_INVITE.SEANCE_ID.eq(id)).execute();
        dsl.deleteFrom(SEANCE_PRESENCE).where(SEANCE_PRESENCE.SEANCE_ID.eq(id)).execute();
    }

    @Override
    protected Seance avecVersion(Seance s, long version) {
        return new Seance(s.id(), version, s.numero(), s.date(), s.heure(), s.lieu(), s.lienVisio(), s.statut(),
                s.secretaireId(), s.presences(), s.invites(), s.ordreDuJour(), s.derogationQuorum());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {SEANCE.DATE_SEANCE, SEANCE.NUMERO, SEANCE.ID};
    }
}
