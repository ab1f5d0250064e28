package fr.cellulepdp.persistence.convocation;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.Conversions;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.COURRIEL_MEMBRE;
import static fr.cellulepdp.persistence.jooq.Tables.COURRIEL_MEMBRE_PIECE;
import static fr.cellulepdp.persistence.jooq.Tables.DIFFUSION_PROCES_VERBAL;

import fr.cellulepdp.model.convocation.CourrielMembre;
import fr.cellulepdp.model.convocation.CourrielMembreRepository;
import fr.cellulepdp.model.convocation.NatureCourrielMembre;
import fr.cellulepdp.model.notification.PieceJointe;
import fr.cellulepdp.model.notification.StatutNotification;
import fr.cellulepdp.persistence.jooq.tables.records.CourrielMembreRecord;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;

/** The members' e-mails, their files in a child table written once (what was sent never changes). */
public final class DepotCourrielsMembres extends DepotJooq<CourrielMembre, CourrielMembreRecord>
        implements CourrielMembreRepository {

    public DepotCourrielsMembres(ContexteJooq contexte) {
        super(contexte, COURRIEL_MEMBRE, COURRIEL_MEMBRE.ID, COURRIEL_MEMBRE.VERSION, "Courriel à un membre");
    }

    private static Condition nonEnvoye() {
        return COURRIEL_MEMBRE.STATUT.in(StatutNotification.EN_ATTENTE_ENVOI.name(), StatutNotification.ECHEC.name());
    }

    @Override
    public List<CourrielMembre> aEnvoyer(Instant maintenant) {
        return trouverOu(nonEnvoye().and(COURRIEL_MEMBRE.PROCHAIN_ESSAI.isNull()
                .or(COURRIEL_MEMBRE.PROCHAIN_ESSAI.le(Conversions.versColonne(maintenant)))));
    }

    @Override
    public long nombreEnAttente() {
        return contexte.dsl().fetchCount(COURRIEL_MEMBRE, nonEnvoye());
    }

    @Override
    public List<CourrielMembre> deLaSeance(UUID seanceId) {
        return trouverOu(COURRIEL_MEMBRE.SEANCE_ID.eq(seanceId));
    }

    @Override
    public boolean procesVerbalAuxInternes() {
        return Boolean.TRUE.equals(contexte.dsl().select(DIFFUSION_PROCES_VERBAL.AUX_INTERNES)
                .from(DIFFUSION_PROCES_VERBAL).where(DIFFUSION_PROCES_VERBAL.ID.eq(1)).fetchOne(
                        DIFFUSION_PROCES_VERBAL.AUX_INTERNES));
    }

    @Override
    public void choisirProcesVerbalAuxInternes(boolean oui) {
        contexte.dsl().update(DIFFUSION_PROCES_VERBAL).set(DIFFUSION_PROCES_VERBAL.AUX_INTERNES, oui)
                .where(DIFFUSION_PROCES_VERBAL.ID.eq(1)).execute();
    }

    @Override
    protected CourrielMembreRecord versLigne(DSLContext dsl, CourrielMembre c) {
        CourrielMembreRecord r = dsl.newRecord(COURRIEL_MEMBRE);
        r.setId(c.id());
        r.setSeanceId(c.seanceId());
        r.setMembreId(c.membreId());
        r.setNature(c.nature().name());
        r.setSequenceIcs(c.sequence());
        r.setEmpreinte(c.empreinte());
        r.setAdresse(c.adresse());
        r.setObjet(c.objet());
        r.setCorps(c.corps());
        r.setMessageId(c.messageId());
        r.setStatut(c.statut().name());
        r.setTentatives(c.tentatives());
        r.setCreeLe(Conversions.versColonne(c.creeLe()));
        r.setProchainEssai(Conversions.versColonne(c.prochainEssai()));
        r.setEnvoyeLe(Conversions.versColonne(c.envoyeLe()));
        r.setDerniereErreur(c.derniereErreur());
        return r;
    }

    @Override
    protected CourrielMembre depuisLigne(DSLContext dsl, CourrielMembreRecord r) {
        List<PieceJointe> pieces = dsl.selectFrom(COURRIEL_MEMBRE_PIECE)
                .where(COURRIEL_MEMBRE_PIECE.COURRIEL_ID.eq(r.getId())).orderBy(COURRIEL_MEMBRE_PIECE.RANG)
                .fetch(p -> new PieceJointe(p.getNom(), p.getTypeMime(), p.getContenu()));
        return new CourrielMembre(r.getId(), r.getVersion(), r.getSeanceId(), r.getMembreId(),
                NatureCourrielMembre.valueOf(r.getNature()), r.getSequenceIcs(), r.getEmpreinte(), r.getAdresse(),
                r.getObjet(), r.getCorps(), pieces, r.getMessageId(), StatutNotification.valueOf(r.getStatut()),
                r.getTentatives(), Conversions.depuisColonne(r.getCreeLe()),
                Conversions.depuisColonne(r.getProchainEssai()), Conversions.depuisColonne(r.getEnvoyeLe()),
                r.getDerniereErreur());
    }

    /** The files are written with the e-mail and never again: an attempt only updates the main row. */
    @Override
    protected void ecrireEnfants(DSLContext dsl, CourrielMembre c) {
        if (dsl.fetchExists(COURRIEL_MEMBRE_PIECE, COURRIEL_MEMBRE_PIECE.COURRIEL_ID.eq(c.id()))) {
            return;
        }
        int rang = 0;
        for (PieceJointe piece : c.pieces()) {
            dsl.insertInto(COURRIEL_MEMBRE_PIECE).set(COURRIEL_MEMBRE_PIECE.COURRIEL_ID, c.id())
                    .set(COURRIEL_MEMBRE_PIECE.RANG, rang++).set(COURRIEL_MEMBRE_PIECE.NOM, piece.nom())
                    .set(COURRIEL_MEMBRE_PIECE.TYPE_MIME, piece.type())
                    .set(COURRIEL_MEMBRE_PIECE.CONTENU, piece.contenu()).execute();
        }
    }

    @Override
    protected CourrielMembre avecVersion(CourrielMembre c, long version) {
        return new CourrielMembre(c.id(), version, c.seanceId(), c.membreId(), c.nature(), c.sequence(),
                c.empreinte(), c.adresse(), c.objet(), c.corps(), c.pieces(), c.messageId(), c.statut(),
                c.tentatives(), c.creeLe(), c.prochainEssai(), c.envoyeLe(), c.derniereErreur());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {COURRIEL_MEMBRE.CREE_LE, COURRIEL_MEMBRE.ID};
    }
}
