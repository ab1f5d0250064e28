package fr.cellulepdp.model.audit;

import java.security.PrivateKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The private keys unwrapped by the logins of this session, in memory only: the audit trail signs each entry with its
 * author's key when that author has logged in here. One per open database, so two databases never share a key.
 */
public final class SignaturesDeSession {

    private final Map<String, PrivateKey> cles = new ConcurrentHashMap<>();

    public void ouvrir(String identifiant, PrivateKey cle) {
        cles.put(identifiant, cle);
    }

    /** The signature of {@code texte} by {@code identifiant}, if that account's key is open in this session. */
    public Optional<String> signer(String identifiant, String texte) {
        return Optional.ofNullable(cles.get(identifiant)).map(cle -> Ed25519.signer(cle, texte));
    }

    public boolean ouverte(String identifiant) {
        return cles.containsKey(identifiant);
    }

    /** The keys of another session, taken over when the same session reopens the database (after encrypting it). */
    public void reprendre(SignaturesDeSession autre) {
        cles.putAll(autre.cles);
    }

    /** An account whose key is open, to seal the trail at the end of the session. */
    public Optional<String> unSignataire() {
        return cles.keySet().stream().sorted().findFirst();
    }

    public void fermer(String identifiant) {
        cles.remove(identifiant);
    }
}
