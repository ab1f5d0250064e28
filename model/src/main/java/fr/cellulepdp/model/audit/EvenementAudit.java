package fr.cellulepdp.model.audit;

import fr.cellulepdp.model.commun.Horodatages;
import fr.cellulepdp.model.commun.Textes;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the audit trail: who did what, when, to which object. Entries are only appended;
 * each holds the hash of the previous one so that a removed or edited entry is detectable, and its author's signature
 * of its hash (empty for an author with no key: the application itself, accounts from before signed trails).
 */
public record EvenementAudit(long sequence, Instant horodatage, String acteur, String action, String typeObjet,
                             UUID objetId, String details, String hashPrecedent, String hash,
                             String signature) {

    public EvenementAudit {
        Objects.requireNonNull(horodatage, "horodatage");
        acteur = Textes.nonNul(acteur);
        horodatage = Horodatages.stockable(horodatage);
        action = Textes.nonNul(action);
        typeObjet = Textes.nonNul(typeObjet);
        details = Textes.nonNul(details);
        hashPrecedent = Textes.nonNul(hashPrecedent);
        hash = Textes.nonNul(hash);
        signature = Textes.nonNul(signature);
    }

    /** An entry not signed (yet). */
    public EvenementAudit(long sequence, Instant horodatage, String acteur, String action, String typeObjet,
                          UUID objetId, String details, String hashPrecedent, String hash) {
        this(sequence, horodatage, acteur, action, typeObjet, objetId, details, hashPrecedent, hash, "");
    }

    /** The same entry carrying {@code nouveauHash}. */
    public EvenementAudit avecHash(String nouveauHash) {
        return new EvenementAudit(sequence, horodatage, acteur, action, typeObjet, objetId, details, hashPrecedent,
                nouveauHash, signature);
    }

    /** The same entry signed by its author: {@code signatureAuteur} is the author's signature of {@link #hash()}. */
    public EvenementAudit avecSignature(String signatureAuteur) {
        return new EvenementAudit(sequence, horodatage, acteur, action, typeObjet, objetId, details, hashPrecedent,
                hash, signatureAuteur);
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
