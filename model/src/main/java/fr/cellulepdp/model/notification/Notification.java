package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.commun.Horodatages;
import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A letter about a decision to one recipient, and where its delivery stands. {@code adresse} is the e-mail address
 * it goes to (empty: by post); {@code messageId} is fixed when the letter is queued, so that a letter sent again
 * after a crash carries the same Message-ID; {@code prochainEssai} is when the sender may try again.
 */
public record Notification(UUID id, long version, UUID decisionId, Destinataire destinataire, CanalEnvoi canal,
                           StatutNotification statut, String sha256, int tentatives, Instant envoyeeLe,
                           String derniereErreur, String adresse, String messageId, Instant prochainEssai)
        implements Versionne {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(destinataire, "destinataire");
        canal = canal == null ? CanalEnvoi.EMAIL : canal;
        statut = statut == null ? StatutNotification.GENEREE : statut;
        sha256 = Textes.nonNul(sha256);
        envoyeeLe = Horodatages.stockable(envoyeeLe);
        derniereErreur = Textes.nonNul(derniereErreur);
        adresse = Textes.nonNul(adresse);
        messageId = Textes.nonNul(messageId);
        prochainEssai = Horodatages.stockable(prochainEssai);
    }

    /** The attempt, recorded (and committed) before the server is contacted. */
    public Notification tentative(Instant maintenant, Instant siEchec) {
        return new Notification(id, version, decisionId, destinataire, canal, statut, sha256, tentatives + 1,
                envoyeeLe, derniereErreur, adresse, messageId, siEchec);
    }

    /** The same letter after its file was completed in place (a time-stamp added before it left). */
    public Notification avecSha256(String nouveau) {
        return new Notification(id, version, decisionId, destinataire, canal, statut, nouveau, tentatives,
                envoyeeLe, derniereErreur, adresse, messageId, prochainEssai);
    }

    public Notification envoyee(Instant le) {
        return new Notification(id, version, decisionId, destinataire, canal, StatutNotification.ENVOYEE, sha256,
                tentatives, le, "", adresse, messageId, null);
    }

    public Notification echec(String raison, Instant prochain) {
        return new Notification(id, version, decisionId, destinataire, canal, StatutNotification.ECHEC, sha256,
                tentatives, envoyeeLe, raison, adresse, messageId, prochain);
    }
}
