package fr.cellulepdp.model.audit;

import fr.cellulepdp.model.commun.Horodatages;
import fr.cellulepdp.model.commun.Textes;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the audit trail: who did what, when, to which object. Entries are only appended;
 * each holds the hash of the previous one so that a removed or edited entry is detectable.
 */
public record EvenementAudit(long sequence, Instant horodatage, String acteur, String action, String typeObjet,
                             UUID objetId, String details, String hashPrecedent, String hash) {

    public EvenementAudit {
        Objects.requireNonNull(horodatage, "horodatage");
        acteur = Textes.nonNul(acteur);
        horodatage = Horodatages.stockable(horodatage);
        action = Textes.nonNul(action);
        typeObjet = Textes.nonNul(typeObjet);
        details = Textes.nonNul(details);
        hashPrecedent = Textes.nonNul(hashPrecedent);
        hash = Textes.nonNul(hash);
    }
}
