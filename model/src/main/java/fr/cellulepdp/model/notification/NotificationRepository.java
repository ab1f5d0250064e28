package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.commun.Repository;
import java.util.List;
import java.util.UUID;

/** Port: the notification letters. */
public interface NotificationRepository extends Repository<Notification> {

    List<Notification> findByDecision(UUID decisionId);

    /** Letters to e-mail that may be tried now: waiting, or failed with their next attempt due. */
    List<Notification> aEnvoyer(java.time.Instant maintenant);

    /** The letters whose file has this fingerprint (SHA-256), along its index. */
    List<Notification> parEmpreinte(String sha256);

    /**
     * How many letters to e-mail are not sent yet (any status but sent): the window's badge, read at login and after
     * every change, counted by the store rather than read whole (ten years hold some 150 000 letters).
     */
    long nombreParCourrielNonEnvoyees();

    /** The letter's PDF as it is to be sent (signed). */
    void attacherPdf(UUID notificationId, byte[] pdf);

    java.util.Optional<byte[]> pdf(UUID notificationId);

    /** Removes the letter's PDF (anonymisation): the notification stays, for the counts. */
    void supprimerPdf(UUID notificationId);
}
