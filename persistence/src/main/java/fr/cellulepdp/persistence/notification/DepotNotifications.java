package fr.cellulepdp.persistence.notification;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.Conversions;
import fr.cellulepdp.persistence.depot.DepotJooq;

import static fr.cellulepdp.persistence.jooq.Tables.NOTIFICATION;
import static fr.cellulepdp.persistence.jooq.Tables.NOTIFICATION_PDF;

import fr.cellulepdp.model.notification.CanalEnvoi;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.model.notification.NotificationRepository;
import fr.cellulepdp.model.notification.StatutNotification;
import fr.cellulepdp.persistence.jooq.tables.records.NotificationRecord;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.OrderField;

public final class DepotNotifications extends DepotJooq<Notification, NotificationRecord> implements NotificationRepository {

    public DepotNotifications(ContexteJooq contexte) {
        super(contexte, NOTIFICATION, NOTIFICATION.ID, NOTIFICATION.VERSION, "Notification");
    }

    @Override
    public List<Notification> findByDecision(UUID decisionId) {
        return trouverOu(NOTIFICATION.DECISION_ID.eq(decisionId));
    }

    /**
     * Along the index by status: the letters not sent are its few entries outside ENVOYEE's range, named one by one
     * (H2 reads no index for a « <> »).
     */
    @Override
    public long nombreParCourrielNonEnvoyees() {
        return contexte.dsl().fetchCount(NOTIFICATION, NOTIFICATION.STATUT.in(StatutNotification.nonEnvoyes())
                .and(NOTIFICATION.CANAL.eq(CanalEnvoi.EMAIL.name())));
    }

    /** Along V41's index of the fingerprints. */
    @Override
    public List<Notification> parEmpreinte(String sha256) {
        return trouverOu(NOTIFICATION.SHA256.eq(sha256));
    }

    @Override
    public List<Notification> aEnvoyer(java.time.Instant maintenant) {
        return trouverOu(NOTIFICATION.CANAL.eq(CanalEnvoi.EMAIL.name())
                .and(NOTIFICATION.STATUT.in(StatutNotification.EN_ATTENTE_ENVOI.name(), StatutNotification.ECHEC.name()))
                .and(NOTIFICATION.PROCHAIN_ESSAI.isNull()
                        .or(NOTIFICATION.PROCHAIN_ESSAI.le(Conversions.versColonne(maintenant)))));
    }

    @Override
    public void attacherPdf(UUID notificationId, byte[] pdf) {
        contexte.inTransaction(() -> {
            DSLContext dsl = contexte.dsl();
            dsl.deleteFrom(NOTIFICATION_PDF).where(NOTIFICATION_PDF.NOTIFICATION_ID.eq(notificationId)).execute();
            dsl.insertInto(NOTIFICATION_PDF).set(NOTIFICATION_PDF.NOTIFICATION_ID, notificationId)
                    .set(NOTIFICATION_PDF.CONTENU, pdf).execute();
            return null;
        });
    }

    @Override
    public void supprimerPdf(UUID notificationId) {
        contexte.dsl().deleteFrom(NOTIFICATION_PDF).where(NOTIFICATION_PDF.NOTIFICATION_ID.eq(notificationId)).execute();
    }

    @Override
    public java.util.Optional<byte[]> pdf(UUID notificationId) {
        return contexte.dsl().select(NOTIFICATION_PDF.CONTENU).from(NOTIFICATION_PDF)
                .where(NOTIFICATION_PDF.NOTIFICATION_ID.eq(notificationId)).fetchOptional(NOTIFICATION_PDF.CONTENU);
    }

    @Override
    protected NotificationRecord versLigne(DSLContext dsl, Notification n) {
        NotificationRecord r = dsl.newRecord(NOTIFICATION);
        r.setId(n.id());
        r.setDecisionId(n.decisionId());
        r.setDestinataire(n.destinataire().name());
        r.setCanal(n.canal().name());
        r.setStatut(n.statut().name());
        r.setSha256(n.sha256());
        r.setTentatives(n.tentatives());
        r.setEnvoyeeLe(Conversions.versColonne(n.envoyeeLe()));
        r.setDerniereErreur(n.derniereErreur());
        r.setAdresse(n.adresse());
        r.setMessageId(n.messageId());
        r.setProchainEssai(Conversions.versColonne(n.prochainEssai()));
        return r;
    }

    @Override
    protected Notification depuisLigne(DSLContext dsl, NotificationRecord r) {
        return new Notification(r.getId(), r.getVersion(), r.getDecisionId(), Destinataire.valueOf(r.getDestinataire()),
                CanalEnvoi.valueOf(r.getCanal()), StatutNotification.valueOf(r.getStatut()), r.getSha256(),
                r.getTentatives(), Conversions.depuisColonne(r.getEnvoyeeLe()), r.getDerniereErreur(), r.getAdresse(),
                r.getMessageId(), Conversions.depuisColonne(r.getProchainEssai()));
    }

    @Override
    protected Notification avecVersion(Notification n, long version) {
        return new Notification(n.id(), version, n.decisionId(), n.destinataire(), n.canal(), n.statut(), n.sha256(),
                n.tentatives(), n.envoyeeLe(), n.derniereErreur(), n.adresse(), n.messageId(), n.prochainEssai());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {NOTIFICATION.DECISION_ID, NOTIFICATION.DESTINATAIRE, NOTIFICATION.ID};
    }
}
