package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.commun.Repository;
import java.util.List;
import java.util.UUID;

/** Port: the notification letters. */
public interface NotificationRepository extends Repository<Notification> {

    List<Notification> findByDecision(UUID decisionId);
}
