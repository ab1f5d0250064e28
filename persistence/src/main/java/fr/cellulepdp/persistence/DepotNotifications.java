package fr.cellulepdp.persistence;

import static fr.cellulepdp.persistence.jooq.Tables.NOTIFICATION;

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

final class DepotNotifications extends DepotJooq<Notification, NotificationRecord> implements NotificationRepository {

    DepotNotifications(ContexteJooq contexte) {
        super(contexte, NOTIFICATION, NOTIFICATION.ID, NOTIFICATION.VERSION, "Notification");
    }

    @Override
    public List<Notification> findByDecision(UUID decisionId) {
        return trouverOu(NOTIFICATION.DECISION_ID.eq(decisionId));
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
        return r;
    }

    @Override
    protected Notification depuisLigne(DSLContext dsl, NotificationRecord r) {
        return new Notification(r.getId(), r.getVersion(), r.getDecisionId(), Destinataire.valueOf(r.getDestinataire()),
                CanalEnvoi.valueOf(r.getCanal()), StatutNotification.valueOf(r.getStatut()), r.getSha256(),
                r.getTentatives(), Conversions.depuisColonne(r.getEnvoyeeLe()), r.getDerniereErreur());
    }

    @Override
    protected Notification avecVersion(Notification n, long version) {
        return new Notification(n.id(), version, n.decisionId(), n.destinataire(), n.canal(), n.statut(), n.sha256(),
                n.tentatives(), n.envoyeeLe(), n.derniereErreur());
    }

    @Override
    protected OrderField<?>[] ordre() {
        return new OrderField<?>[] {NOTIFICATION.DECISION_ID, NOTIFICATION.DESTINATAIRE, NOTIFICATION.ID};
    }
}
