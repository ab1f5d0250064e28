package fr.cellulepdp.persistence.demande;

import fr.cellulepdp.persistence.depot.Identifiants;
import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.Conversions;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.DEMANDE;
import static fr.cellulepdp.persistence.jooq.Tables.DEMANDE_ACCORD_OBTENU;

import fr.cellulepdp.model.mesure.AccordMedical;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.DemandeRepository;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.persistence.jooq.tables.records.DemandeRecord;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.Result;

public final class DepotDemandes extends DepotJooq<Demande, DemandeRecord> implements DemandeRepository {

    public DepotDemandes(ContexteJooq contexte) {
        super(contexte, DEMANDE, DEMANDE.ID, DEMANDE.VERSION, "Demande");
    }

    @Override
    public Map<UUID, Long> compterParSituation(java.util.Collection<UUID> situationIds, Set<StatutDemande> statuts) {
        if (situationIds.isEmpty() || statuts.isEmpty()) {
            return Map.of();
        }
        // the statuses chosen here, not in SQL: with "statut IN (…)" H2 took the index (statut, situation_id) of the
        // « en attente » filter and read every waiting request (3 000 on 100 000 files) for a page of one file
        Set<String> choisis = statuts.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
        Map<UUID, Long> parSituation = new java.util.HashMap<>();
        contexte.dsl().select(DEMANDE.SITUATION_ID, DEMANDE.STATUT, org.jooq.impl.DSL.count()).from(DEMANDE)
                .where(Identifiants.parmi(DEMANDE.SITUATION_ID, situationIds))
                .groupBy(DEMANDE.SITUATION_ID, DEMANDE.STATUT)
                .forEach(r -> {
                    if (choisis.contains(r.value2())) {
                        parSituation.merge(r.value1(), r.value3().longValue(), Long::sum);
                    }
                });
        return parSituation;
    }

    @Override
    public Demande changerStatut(Demande lue, StatutDemande statut) {
        return modifierColonnes(lue, lue.avecStatut(statut), Map.of(DEMANDE.STATUT, statut.name()));
    }

    @Override
    public List<Demande> findBySituation(UUID situationId) {
        return trouverOu(DEMANDE.SITUATION_ID.eq(situationId));
    }

    @Override
    public List<Demande> findByStatut(StatutDemande statut) {
        return trouverOu(DEMANDE.STATUT.eq(statut.name()));
    }

    @Override
    protected DemandeRecord versLigne(DSLContext dsl, Demande d) {
        DemandeRecord r = dsl.newRecord(DEMANDE);
        r.setId(d.id());
        r.setSituationId(d.situationId());
        r.setMesure(d.mesure().name());
        r.setLibelleAutre(d.libelleAutre());
        r.setDateDemande(d.dateDemande());
        r.setAccueilNom(Conversions.nomEntreprise(d.entrepriseAccueil()));
        r.setAccueilSiret(Conversions.siret(d.entrepriseAccueil()));
        r.setTuteur(d.tuteur());
        r.setPrescripteur(d.prescripteur());
        r.setDateDebut(d.dateDebut());
        r.setDateFin(d.dateFin());
        r.setDuree(d.duree());
        r.setRenouvellement(d.renouvellement());
        r.setCout(d.cout());
        r.setFinancement(d.financement());
        r.setAvisTechnique(d.avisTechnique());
        r.setStatut(d.statut().name());
        return r;
    }

    @Override
    protected Demande depuisLigne(DSLContext dsl, DemandeRecord r) {
        return demande(r, accords(dsl, DEMANDE.ID.eq(r.getId())).getOrDefault(r.getId(), Set.of()));
    }

    @Override
    protected List<Demande> depuisLignes(DSLContext dsl, Result<DemandeRecord> lignes, Condition condition) {
        Map<UUID, Set<AccordMedical>> accords = accords(dsl, condition);
        return lignes.map(r -> demande(r, accords.getOrDefault(r.getId(), Set.of())));
    }

    /** The medical agreements of every request matching the condition, in one query. */
    private static Map<UUID, Set<AccordMedical>> accords(DSLContext dsl, Condition condition) {
        return enumsParParent(dsl, DEMANDE_ACCORD_OBTENU.DEMANDE_ID, DEMANDE_ACCORD_OBTENU.ACCORD, AccordMedical.class,
                DEMANDE.ID, condition);
    }

    private static Demande demande(DemandeRecord r, Set<AccordMedical> accords) {
        return new Demande(r.getId(), r.getVersion(), r.getSituationId(), TypeMesure.valueOf(r.getMesure()),
                r.getLibelleAutre(), r.getDateDemande(), Conversions.entreprise(r.getAccueilNom(), r.getAccueilSiret()),
                r.getTuteur(), r.getPrescripteur(), r.getDateDebut(), r.getDateFin(), r.getDuree(),
                r.getRenouvellement(), r.getCout(), r.getFinancement(), r.getAvisTechnique(), accords,
                StatutDemande.valueOf(r.getStatut()));
    }

    @Override
    protected void ecrireEnfants(DSLContext dsl, Demande d) {
        for (AccordMedical accord : d.accordsObtenus()) {
            dsl.insertInto(DEMANDE_ACCORD_OBTENU)
                    .set(DEMANDE_ACCORD_OBTENU.DEMANDE_ID, d.id())
                    .set(DEMANDE_ACCORD_OBTENU.ACCORD, accord.name())
                    .execute();
        }
    }

    @Override
    protected void supprimerEnfants(DSLContext dsl, UUID id) {
        dsl.deleteFrom(DEMANDE_ACCORD_OBTENU).where(DEMANDE_ACCORD_OBTENU.DEMANDE_ID.eq(id)).execute();
    }

    @Override
    protected Demande avecVersion(Demande d, long version) {
        return new Demande(d.id(), version, d.situationId(), d.mesure(), d.libelleAutre(), d.dateDemande(),
                d.entrepriseAccueil(), d.tuteur(), d.prescripteur(), d.dateDebut(), d.dateFin(), d.duree(),
                d.renouvellement(), d.cout(), d.financement(), d.avisTechnique(), d.accordsObtenus(), d.statut());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {DEMANDE.DATE_DEMANDE, DEMANDE.ID};
    }
}
