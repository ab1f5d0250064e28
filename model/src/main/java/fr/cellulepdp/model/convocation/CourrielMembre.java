package fr.cellulepdp.model.convocation;

import fr.cellulepdp.model.commun.Horodatages;
import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import fr.cellulepdp.model.notification.PieceJointe;
import fr.cellulepdp.model.notification.StatutNotification;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One e-mail to a member about a meeting, in the outbox beside the letters and under the same rules (decision record
 * 0008): its Message-ID fixed when queued, the attempt recorded before the server is contacted, the result after.
 * It keeps what was sent: subject, body and files, and for a calendar entry its SEQUENCE and the meeting's details
 * it announced ({@code empreinte}), which tell whether a new convocation is an update.
 */
public record CourrielMembre(UUID id, long version, UUID seanceId, UUID membreId, NatureCourrielMembre nature,
                             int sequence, String empreinte, String adresse, String objet, String corps,
                             List<PieceJointe> pieces, String messageId, StatutNotification statut, int tentatives,
                             Instant creeLe, Instant prochainEssai, Instant envoyeLe, String derniereErreur)
        implements Versionne {

    public CourrielMembre {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(seanceId, "seanceId");
        Objects.requireNonNull(membreId, "membreId");
        Objects.requireNonNull(nature, "nature");
        empreinte = Textes.nonNul(empreinte);
        adresse = Textes.nonNul(adresse);
        objet = Textes.nonNul(objet);
        corps = Textes.nonNul(corps);
        pieces = pieces == null ? List.of() : List.copyOf(pieces);
        messageId = Textes.nonNul(messageId);
        statut = statut == null ? StatutNotification.EN_ATTENTE_ENVOI : statut;
        creeLe = Horodatages.stockable(creeLe);
        prochainEssai = Horodatages.stockable(prochainEssai);
        envoyeLe = Horodatages.stockable(envoyeLe);
        derniereErreur = Textes.nonNul(derniereErreur);
    }

    /** A new e-mail, waiting to be sent, with its Message-ID fixed now. */
    public static CourrielMembre nouveau(UUID seanceId, UUID membreId, NatureCourrielMembre nature, int sequence,
                                         String empreinte, String adresse, String objet, String corps,
                                         List<PieceJointe> pieces, Instant maintenant) {
        UUID id = UUID.randomUUID();
        return new CourrielMembre(id, 0, seanceId, membreId, nature, sequence, empreinte, adresse, objet, corps,
                pieces, "<membre-" + id + "@cellule-pdp>", StatutNotification.EN_ATTENTE_ENVOI, 0, maintenant,
                null, null, "");
    }

    /** The attempt, recorded (and committed) before the server is contacted. */
    public CourrielMembre tentative(Instant siEchec) {
        return new CourrielMembre(id, version, seanceId, membreId, nature, sequence, empreinte, adresse, objet, corps,
                pieces, messageId, statut, tentatives + 1, creeLe, siEchec, envoyeLe, derniereErreur);
    }

    public CourrielMembre envoye(Instant le) {
        return new CourrielMembre(id, version, seanceId, membreId, nature, sequence, empreinte, adresse, objet, corps,
                pieces, messageId, StatutNotification.ENVOYEE, tentatives, creeLe, null, le, "");
    }

    public CourrielMembre echec(String raison) {
        return new CourrielMembre(id, version, seanceId, membreId, nature, sequence, empreinte, adresse, objet, corps,
                pieces, messageId, StatutNotification.ECHEC, tentatives, creeLe, prochainEssai, envoyeLe, raison);
    }

    @Override
    public String toString() {
        return "CourrielMembre[" + nature + " " + sequence + ", " + statut + ", " + messageId + "]";
    }
}
