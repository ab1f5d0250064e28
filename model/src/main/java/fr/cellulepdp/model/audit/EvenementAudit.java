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

    /** The same entry carrying {@code nouveauHash}. */
    public EvenementAudit avecHash(String nouveauHash) {
        return new EvenementAudit(sequence, horodatage, acteur, action, typeObjet, objetId, details, hashPrecedent,
                nouveauHash);
    }

    /**
     * The SHA-256 of everything the entry says, the previous entry's hash included: changing any field, or the
     * entry before, changes it.
     */
    public String hashCalcule() {
        String canonique = String.join("\u001f", Long.toString(sequence), horodatage.toString(), acteur, action,
                typeObjet, objetId == null ? "" : objetId.toString(), details, hashPrecedent);
        return fr.cellulepdp.model.commun.Empreintes.sha256(canonique.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
