package fr.cellulepdp.persistence.seance;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.DECISION;
import static fr.cellulepdp.persistence.jooq.Tables.NOTIFICATION;
import static fr.cellulepdp.persistence.jooq.Tables.POINT_DEMANDE;
import static fr.cellulepdp.persistence.jooq.Tables.POINT_ORDRE_DU_JOUR;
import static fr.cellulepdp.persistence.jooq.Tables.POINT_RECUSATION;
import static fr.cellulepdp.persistence.jooq.Tables.SEANCE;
import static fr.cellulepdp.persistence.jooq.Tables.SEANCE_INVITE;
import static fr.cellulepdp.persistence.jooq.Tables.SEANCE_PRESENCE;

import fr.cellulepdp.model.notification.StatutNotification;
import fr.cellulepdp.model.seance.CategoriePoint;
import fr.cellulepdp.model.seance.ComptesSeance;
import fr.cellulepdp.model.seance.EtatPresence;
import fr.cellulepdp.model.seance.PointOrdreDuJour;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.SeanceRepository;
import fr.cellulepdp.model.seance.StatutSeance;
import fr.cellulepdp.persistence.jooq.tables.records.SeanceRecord;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.Result;
import org.jooq.TableField;
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

    /**
     * Three queries, none reading every letter: the decisions counted by meeting (index on decision.seance_id); the
     * meetings whose decisions have a letter (each stops at its first); the letters not sent or posted, the few
     * outside ENVOYEE's range of the index by status, counted by meeting. Grouping every letter by meeting read ten
     * years' 150 000 letters and their decisions each time the page showed (3 s).
     */
    @Override
    public Map<UUID, ComptesSeance> comptes() {
        DSLContext dsl = contexte.dsl();
        Map<UUID, Integer> decisions = dsl.select(DECISION.SEANCE_ID, DSL.count())
                .from(DECISION).where(DECISION.SEANCE_ID.isNotNull())
                .groupBy(DECISION.SEANCE_ID)
                .fetchMap(DECISION.SEANCE_ID, DSL.count());
        Set<UUID> avecCourriers = new HashSet<>(dsl.select(SEANCE.ID).from(SEANCE)
                .where(DSL.exists(DSL.selectOne().from(DECISION).join(NOTIFICATION)
                        .on(NOTIFICATION.DECISION_ID.eq(DECISION.ID)).where(DECISION.SEANCE_ID.eq(SEANCE.ID))))
                .fetch(SEANCE.ID));
        Map<UUID, Integer> restantes = dsl.select(DECISION.SEANCE_ID, DSL.count())
                .from(NOTIFICATION).join(DECISION).on(DECISION.ID.eq(NOTIFICATION.DECISION_ID))
                .where(NOTIFICATION.STATUT.in(StatutNotification.nonEnvoyes())).and(DECISION.SEANCE_ID.isNotNull())
                .groupBy(DECISION.SEANCE_ID)
                .fetchMap(DECISION.SEANCE_ID, DSL.count());
        Map<UUID, ComptesSeance> comptes = new HashMap<>();
        decisions.forEach((seance, nombre) -> comptes.put(seance, new ComptesSeance(nombre,
                avecCourriers.contains(seance), restantes.getOrDefault(seance, 0))));
        return comptes;
    }

    /** The meetings of the statuses first (a handful are planned or open), then one index seek per agenda item. */
    @Override
    public List<Seance> deStatutsAvecDemande(Set<StatutSeance> statuts, UUID demandeId) {
        return trouverOu(SEANCE.STATUT.in(statuts.stream().map(Enum::name).toList()).and(DSL.exists(DSL.selectOne()
                .from(POINT_ORDRE_DU_JOUR).join(POINT_DEMANDE).on(POINT_DEMANDE.POINT_ID.eq(POINT_ORDRE_DU_JOUR.ID))
                .where(POINT_ORDRE_DU_JOUR.SEANCE_ID.eq(SEANCE.ID))
                .and(POINT_DEMANDE.DEMANDE_ID.eq(demandeId)))));
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
        return seances(dsl, List.of(r), SEANCE.ID.eq(r.getId())).get(0);
    }

    @Override
    protected List<Seance> depuisLignes(DSLContext dsl, Result<SeanceRecord> lignes, Condition condition) {
        return seances(dsl, lignes, condition);
    }

    /**
     * The meetings of these rows (those matching {@code condition}) with their children in five queries, whatever
     * their number: one per child table for all of them. Read one query per agenda item, the meetings of a cell
     * took hundreds of queries, the longest step of {@code render} before its first document.
     */
    private static List<Seance> seances(DSLContext dsl, List<SeanceRecord> lignes, Condition condition) {
        if (lignes.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Presence>> presences = dsl.select(SEANCE_PRESENCE.SEANCE_ID, SEANCE_PRESENCE.MEMBRE_ID,
                        SEANCE_PRESENCE.ETAT)
                .from(SEANCE_PRESENCE).join(SEANCE).on(SEANCE.ID.eq(SEANCE_PRESENCE.SEANCE_ID))
                .where(condition)
                .orderBy(SEANCE_PRESENCE.SEANCE_ID, SEANCE_PRESENCE.POSITION)
                .fetchGroups(SEANCE_PRESENCE.SEANCE_ID, p -> new Presence(p.get(SEANCE_PRESENCE.MEMBRE_ID),
                        EtatPresence.valueOf(p.get(SEANCE_PRESENCE.ETAT))));
        Map<UUID, List<String>> invites = dsl.select(SEANCE_INVITE.SEANCE_ID, SEANCE_INVITE.NOM)
                .from(SEANCE_INVITE).join(SEANCE).on(SEANCE.ID.eq(SEANCE_INVITE.SEANCE_ID))
                .where(condition)
                .orderBy(SEANCE_INVITE.SEANCE_ID, SEANCE_INVITE.POSITION)
                .fetchGroups(SEANCE_INVITE.SEANCE_ID, SEANCE_INVITE.NOM);
        Map<UUID, List<UUID>> demandes = parPoint(dsl, POINT_DEMANDE.POINT_ID, POINT_DEMANDE.DEMANDE_ID, condition,
                POINT_DEMANDE.POINT_ID, POINT_DEMANDE.POSITION);
        Map<UUID, List<UUID>> recuses = parPoint(dsl, POINT_RECUSATION.POINT_ID, POINT_RECUSATION.MEMBRE_ID,
                condition);
        Map<UUID, List<PointOrdreDuJour>> points = dsl.select(POINT_ORDRE_DU_JOUR.fields())
                .from(POINT_ORDRE_DU_JOUR).join(SEANCE).on(SEANCE.ID.eq(POINT_ORDRE_DU_JOUR.SEANCE_ID))
                .where(condition)
                .orderBy(POINT_ORDRE_DU_JOUR.SEANCE_ID, POINT_ORDRE_DU_JOUR.POSITION)
                .fetchInto(POINT_ORDRE_DU_JOUR)
                .intoGroups(POINT_ORDRE_DU_JOUR.SEANCE_ID, p -> new PointOrdreDuJour(p.getId(), p.getSituationId(),
                        demandes.getOrDefault(p.getId(), List.of()), CategoriePoint.valueOf(p.getCategorie()),
                        p.getDureePrevueMinutes(), new HashSet<>(recuses.getOrDefault(p.getId(), List.of()))));
        return lignes.stream().map(r -> new Seance(r.getId(), r.getVersion(), r.getNumero(), r.getDateSeance(),
                r.getHeure(), r.getLieu(), r.getLienVisio(), StatutSeance.valueOf(r.getStatut()), r.getSecretaireId(),
                presences.getOrDefault(r.getId(), List.of()), invites.getOrDefault(r.getId(), List.of()),
                points.getOrDefault(r.getId(), List.of()), r.getDerogationQuorum())).toList();
    }

    /** A child table of the agenda items, grouped by item, for the items of the meetings matching the condition. */
    private static Map<UUID, List<UUID>> parPoint(DSLContext dsl, TableField<?, UUID> point, TableField<?, UUID> valeur,
                                                  Condition condition, OrderField<?>... ordre) {
        return dsl.select(point, valeur).from(point.getTable())
                .join(POINT_ORDRE_DU_JOUR).on(POINT_ORDRE_DU_JOUR.ID.eq(point))
                .join(SEANCE).on(SEANCE.ID.eq(POINT_ORDRE_DU_JOUR.SEANCE_ID))
                .where(condition)
                .orderBy(ordre)
                .fetchGroups(point, valeur);
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
