package fr.cellulepdp.model.suivi;

import fr.cellulepdp.model.commun.Horodatages;
import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import fr.cellulepdp.model.notification.StatutNotification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One member's reminder of one day, as an outbox entry: the wording is frozen when it is queued (so a message sent
 * again after a crash is the same message, with the same Message-ID), and it names the follow-ups it reminded.
 */
public record RappelSuivis(UUID id, long version, UUID membreId, LocalDate jour, String adresse, String messageId,
                           String objet, String corps, List<UUID> suiviIds, StatutNotification statut,
                           int tentatives, Instant prochainEssai, Instant envoyeLe, String derniereErreur)
        implements Versionne {

    public RappelSuivis {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(membreId, "membreId");
        Objects.requireNonNull(jour, "jour");
        adresse = Textes.nonNul(adresse);
        messageId = Textes.nonNul(messageId);
        objet = Textes.nonNul(objet);
        corps = Textes.nonNul(corps);
        suiviIds = List.copyOf(suiviIds);
        statut = statut == null ? StatutNotification.EN_ATTENTE_ENVOI : statut;
        prochainEssai = Horodatages.stockable(prochainEssai);
        envoyeLe = Horodatages.stockable(envoyeLe);
        derniereErreur = Textes.nonNul(derniereErreur);
    }

    /** A new reminder waiting to be sent, with its fixed Message-ID. */
    public static RappelSuivis nouveau(UUID membreId, LocalDate jour, String adresse, String objet, String corps,
                                       List<UUID> suiviIds) {
        UUID id = UUID.randomUUID();
        return new RappelSuivis(id, 0, membreId, jour, adresse, "<rappel-" + id + "@cellule-pdp>", objet, corps,
                suiviIds, StatutNotification.EN_ATTENTE_ENVOI, 0, null, null, "");
    }

    /** The attempt, recorded (and committed) before the server is contacted. */
    public RappelSuivis tentative(Instant siEchec) {
        return new RappelSuivis(id, version, membreId, jour, adresse, messageId, objet, corps, suiviIds, statut,
                tentatives + 1, siEchec, envoyeLe, derniereErreur);
    }

    public RappelSuivis envoye(Instant le) {
        return new RappelSuivis(id, version, membreId, jour, adresse, messageId, objet, corps, suiviIds,
                StatutNotification.ENVOYEE, tentatives, null, le, "");
    }

    public RappelSuivis echec(String raison) {
        return new RappelSuivis(id, version, membreId, jour, adresse, messageId, objet, corps, suiviIds,
                StatutNotification.ECHEC, tentatives, prochainEssai, envoyeLe, raison);
    }
}
