package fr.cellulepdp.persistence.suivi;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.Conversions;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.RAPPEL_SUIVIS;
import static fr.cellulepdp.persistence.jooq.Tables.REGLAGE_RAPPELS;

import fr.cellulepdp.model.notification.StatutNotification;
import fr.cellulepdp.model.suivi.RappelRepository;
import fr.cellulepdp.model.suivi.RappelSuivis;
import fr.cellulepdp.model.suivi.ReglageRappels;
import fr.cellulepdp.persistence.jooq.tables.records.RappelSuivisRecord;
import fr.cellulepdp.persistence.jooq.tables.records.ReglageRappelsRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.OrderField;

/** The reminders of follow-ups (their follow-ups kept as a list of ids in one column) and the one setting row. */
public final class DepotRappels extends DepotJooq<RappelSuivis, RappelSuivisRecord> implements RappelRepository {

    private final DepotReglage reglages;

    public DepotRappels(ContexteJooq contexte) {
        super(contexte, RAPPEL_SUIVIS, RAPPEL_SUIVIS.ID, RAPPEL_SUIVIS.VERSION, "RappelSuivis");
        this.reglages = new DepotReglage(contexte);
    }

    @Override
    public Optional<RappelSuivis> findByMembreEtJour(UUID membreId, LocalDate jour) {
        return trouverOu(RAPPEL_SUIVIS.MEMBRE_ID.eq(membreId).and(RAPPEL_SUIVIS.JOUR.eq(jour))).stream().findFirst();
    }

    @Override
    public List<RappelSuivis> aEnvoyer(Instant maintenant) {
        return trouverOu(RAPPEL_SUIVIS.STATUT.in(StatutNotification.EN_ATTENTE_ENVOI.name(),
                        StatutNotification.ECHEC.name())
                .and(RAPPEL_SUIVIS.PROCHAIN_ESSAI.isNull()
                        .or(RAPPEL_SUIVIS.PROCHAIN_ESSAI.le(Conversions.versColonne(maintenant)))));
    }

    @Override
    public long nombreNonEnvoyes() {
        return contexte.dsl().fetchCount(RAPPEL_SUIVIS, RAPPEL_SUIVIS.STATUT.in(StatutNotification.nonEnvoyes()));
    }

    @Override
    public Optional<ReglageRappels> reglage() {
        return reglages.findAll().stream().findFirst();
    }

    @Override
    public ReglageRappels enregistrerReglage(ReglageRappels reglage) {
        return reglages.save(reglage);
    }

    @Override
    protected RappelSuivisRecord versLigne(DSLContext dsl, RappelSuivis r) {
        RappelSuivisRecord l = dsl.newRecord(RAPPEL_SUIVIS);
        l.setId(r.id());
        l.setMembreId(r.membreId());
        l.setJour(r.jour());
        l.setAdresse(r.adresse());
        l.setMessageId(r.messageId());
        l.setObjet(r.objet());
        l.setCorps(r.corps());
        l.setSuiviIds(r.suiviIds().stream().map(UUID::toString).collect(Collectors.joining(",")));
        l.setStatut(r.statut().name());
        l.setTentatives(r.tentatives());
        l.setProchainEssai(Conversions.versColonne(r.prochainEssai()));
        l.setEnvoyeLe(Conversions.versColonne(r.envoyeLe()));
        l.setDerniereErreur(r.derniereErreur());
        return l;
    }

    @Override
    protected RappelSuivis depuisLigne(DSLContext dsl, RappelSuivisRecord l) {
        return new RappelSuivis(l.getId(), l.getVersion(), l.getMembreId(), l.getJour(), l.getAdresse(),
                l.getMessageId(), l.getObjet(), l.getCorps(), identifiants(l.getSuiviIds()), StatutNotification.valueOf(l.getStatut()),
                l.getTentatives(), Conversions.depuisColonne(l.getProchainEssai()),
                Conversions.depuisColonne(l.getEnvoyeLe()), l.getDerniereErreur());
    }

    /** The follow-ups' ids of the column, comma-separated. */
    private static List<UUID> identifiants(String colonne) {
        return colonne.isEmpty() ? List.of() : Arrays.stream(colonne.split(",")).map(UUID::fromString).toList();
    }

    @Override
    protected RappelSuivis avecVersion(RappelSuivis r, long version) {
        return new RappelSuivis(r.id(), version, r.membreId(), r.jour(), r.adresse(), r.messageId(), r.objet(),
                r.corps(), r.suiviIds(), r.statut(), r.tentatives(), r.prochainEssai(), r.envoyeLe(),
                r.derniereErreur());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {RAPPEL_SUIVIS.JOUR, RAPPEL_SUIVIS.ID};
    }

    /** The one row of the reminder setting. */
    private static final class DepotReglage extends DepotJooq<ReglageRappels, ReglageRappelsRecord> {

        DepotReglage(ContexteJooq contexte) {
            super(contexte, REGLAGE_RAPPELS, REGLAGE_RAPPELS.ID, REGLAGE_RAPPELS.VERSION, "ReglageRappels");
        }

        @Override
        protected ReglageRappelsRecord versLigne(DSLContext dsl, ReglageRappels r) {
            ReglageRappelsRecord l = dsl.newRecord(REGLAGE_RAPPELS);
            l.setId(r.id());
            l.setActifs(r.actifs());
            l.setJoursAvant(r.joursAvant());
            l.setHeure(r.heure());
            return l;
        }

        @Override
        protected ReglageRappels depuisLigne(DSLContext dsl, ReglageRappelsRecord l) {
            return new ReglageRappels(l.getId(), l.getVersion(), l.getActifs(), l.getJoursAvant(), l.getHeure());
        }

        @Override
        protected ReglageRappels avecVersion(ReglageRappels r, long version) {
            return new ReglageRappels(r.id(), version, r.actifs(), r.joursAvant(), r.heure());
        }

        @Override
        protected OrderField<?>[] ordre() {
            return new OrderField<?>[] {REGLAGE_RAPPELS.ID};
        }
    }
}
