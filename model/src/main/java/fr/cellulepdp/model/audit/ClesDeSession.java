package fr.cellulepdp.model.audit;

import java.security.PrivateKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The keys unwrapped by the logins of this session, in memory only: each account's signing key (the audit trail
 * signs each entry with its author's), its key-agreement key (to open what was wrapped for it), and the medical key
 * when a login that reads medical opinions opened it. One per open database, so two databases never share a key.
 */
public final class ClesDeSession {

    private final Function<PrivateKey, CleSignataire> preparation;
    private final Map<String, CleSignataire> cles = new ConcurrentHashMap<>();
    private final Map<String, PrivateKey> echange = new ConcurrentHashMap<>();
    private volatile javax.crypto.SecretKey cleMedicale;

    /** Signing with the JDK. */
    public ClesDeSession() {
        this(CleSignataire::jdk);
    }

    /** @param preparation makes an opened key ready to sign, once per login rather than once per entry */
    public ClesDeSession(Function<PrivateKey, CleSignataire> preparation) {
        this.preparation = preparation;
    }

    public void ouvrirEchange(String identifiant, PrivateKey cle) {
        echange.put(identifiant, cle);
    }

    public Optional<PrivateKey> echange(String identifiant) {
        return Optional.ofNullable(echange.get(identifiant));
    }

    public void ouvrirCleMedicale(javax.crypto.SecretKey cle) {
        cleMedicale = cle;
    }

    public Optional<javax.crypto.SecretKey> cleMedicale() {
        return Optional.ofNullable(cleMedicale);
    }

    public void ouvrir(String identifiant, PrivateKey cle) {
        cles.put(identifiant, preparation.apply(cle));
    }

    /** The signature of {@code texte} by {@code identifiant}, if that account's key is open in this session. */
    public Optional<String> signer(String identifiant, String texte) {
        return Optional.ofNullable(cles.get(identifiant)).map(cle -> cle.signer(texte));
    }

    public boolean ouverte(String identifiant) {
        return cles.containsKey(identifiant);
    }

    /** The keys of another session, taken over when the same session reopens the database (after encrypting it). */
    public void reprendre(ClesDeSession autre) {
        cles.putAll(autre.cles);
        echange.putAll(autre.echange);
        if (autre.cleMedicale != null) {
            cleMedicale = autre.cleMedicale;
        }
    }

    /** An account whose key is open, to seal the trail at the end of the session. */
    public Optional<String> unSignataire() {
        return cles.keySet().stream().sorted().findFirst();
    }

    public void fermer(String identifiant) {
        cles.remove(identifiant);
        echange.remove(identifiant);
    }
}
