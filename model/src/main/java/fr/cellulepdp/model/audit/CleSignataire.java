package fr.cellulepdp.model.audit;

import java.security.PrivateKey;

/**
 * An account's signing key, ready to sign the trail. Ed25519 signatures are deterministic (RFC 8032): every correct
 * implementation gives the same bytes for the same key and text, so the store may bring a faster one than the
 * JDK's without changing what is written or how it is verified.
 */
@FunctionalInterface
public interface CleSignataire {

    /** The Base64 Ed25519 signature of {@code texte} (UTF-8). */
    String signer(String texte);

    /** The JDK's implementation, the model's own (JDK only). */
    static CleSignataire jdk(PrivateKey cle) {
        return texte -> Ed25519.signer(cle, texte);
    }
}
