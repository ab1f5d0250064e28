package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.commun.Horodatages;
import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A letter about a decision to one recipient, and where its delivery stands. */
public record Notification(UUID id, long version, UUID decisionId, Destinataire destinataire, CanalEnvoi canal,
                           StatutNotification statut, String sha256, int tentatives, Instant envoyeeLe,
                           String derniereErreur) implements Versionne {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(destinataire, "destinataire");
        canal = canal == null ? CanalEnvoi.EMAIL : canal;
        statut = statut == null ? StatutNotification.GENEREE : statut;
        sha256 = Textes.nonNul(sha256);
        envoyeeLe = Horodatages.stockable(envoyeeLe);
        derniereErreur = Textes.nonNul(derniereErreur);
    }
}
