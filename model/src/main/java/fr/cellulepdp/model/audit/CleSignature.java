package fr.cellulepdp.model.audit;

import java.util.Objects;

/**
 * An account's signing key: the public half in clear (X.509, Base64), the private half wrapped under the account's
 * password ({@link Ed25519#envelopper}), so that whoever reads the database cannot sign in the account's name; and
 * likewise its X25519 key-agreement pair, for what is wrapped for the account alone (the medical key).
 */
public record CleSignature(String identifiant, String clePublique, String clePriveeChiffree, String clePubliqueEchange,
                           String clePriveeEchangeChiffree) {

    public CleSignature {
        Objects.requireNonNull(identifiant, "identifiant");
        Objects.requireNonNull(clePublique, "clePublique");
        Objects.requireNonNull(clePriveeChiffree, "clePriveeChiffree");
        Objects.requireNonNull(clePubliqueEchange, "clePubliqueEchange");
        Objects.requireNonNull(clePriveeEchangeChiffree, "clePriveeEchangeChiffree");
    }

    @Override
    public String toString() {
        return "CleSignature[" + identifiant + "]";
    }
}
