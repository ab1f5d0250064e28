package fr.cellulepdp.model.compte;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One Argon2id per login (issue 22, decision 0041): the password and the account's one salt give a master key, and
 * HKDF-SHA256 (RFC 5869) separates from it the keys of each use — the key-ring entry of the encrypted file, the
 * wrap of the Ed25519 signing key, the wrap of the X25519 key — by distinct labels, so one key never serves two
 * purposes and learning one tells nothing of the others. The salt is the account's: the first wrapped thing a login
 * opens tells it (the key-ring entry, or on a server the signing key), and the others reuse the master already
 * derived. Files in the former format (one Argon2id per wrapped thing, each its own salt) still open through
 * {@link #brute}, which derives again only for a salt not seen yet.
 */
public final class DerivationMotDePasse {

    /** The encrypted file's key-ring entry. */
    public static final String TROUSSEAU = "trousseau";
    /** The Ed25519 key that signs the account's audit entries. */
    public static final String SIGNATURE = "signature";
    /** The X25519 key that opens what is wrapped for the account alone. */
    public static final String ECHANGE = "echange";
    private static final int SEL = 16;
    private static final SecureRandom ALEA = new SecureRandom();

    private final HachageMotDePasse hachage;
    private final char[] motDePasse;
    private byte[] sel;
    private byte[] maitre;

    private DerivationMotDePasse(HachageMotDePasse hachage, char[] motDePasse, byte[] sel) {
        this.hachage = hachage;
        this.motDePasse = motDePasse == null ? new char[0] : motDePasse;
        this.sel = sel;
    }

    /** For a login: the salt is learned from the first wrapped thing opened. */
    public static DerivationMotDePasse pour(HachageMotDePasse hachage, char[] motDePasse) {
        return new DerivationMotDePasse(hachage, motDePasse, null);
    }

    /** For a new password: a new salt, shared by everything wrapped under it. */
    public static DerivationMotDePasse nouvelle(HachageMotDePasse hachage, char[] motDePasse) {
        byte[] sel = new byte[SEL];
        ALEA.nextBytes(sel);
        return new DerivationMotDePasse(hachage, motDePasse, sel);
    }

    public char[] motDePasse() {
        return motDePasse;
    }

    /** The account's salt: the one this derivation holds, or a new one when it holds none yet. */
    public synchronized byte[] sel() {
        if (sel == null) {
            sel = new byte[SEL];
            ALEA.nextBytes(sel);
        }
        return sel.clone();
    }

    /** True when {@code autre} is this derivation's salt: what is wrapped under it needs no rewrap. */
    public synchronized boolean memeSel(byte[] autre) {
        return sel != null && Arrays.equals(sel, autre);
    }

    /** The 32-byte key of {@code usage}, from the master key of {@code sel}. */
    public synchronized byte[] cle(byte[] sel, String usage) {
        return hkdf(maitre(sel), "cellule-pdp/" + usage + "/v2");
    }

    /** The same, under this derivation's salt (to wrap). */
    public byte[] cle(String usage) {
        return cle(sel(), usage);
    }

    /** The former format's key: Argon2id of the password and {@code sel} itself. */
    public synchronized byte[] brute(byte[] sel) {
        return maitre(sel).clone();
    }

    /** Forgets the master key (the password stays the caller's). */
    public synchronized void effacer() {
        if (maitre != null) {
            Arrays.fill(maitre, (byte) 0);
            maitre = null;
        }
    }

    private byte[] maitre(byte[] autre) {
        if (maitre != null && Arrays.equals(sel, autre)) {
            return maitre;
        }
        byte[] derive = hachage.deriverCle(motDePasse, autre);
        if (maitre == null && (sel == null || Arrays.equals(sel, autre))) {
            sel = autre.clone();
            maitre = derive;
        }
        return derive;
    }

    /** HKDF-SHA256 with an empty salt (the master key is already uniform), 32 bytes out: one expand block. */
    static byte[] hkdf(byte[] cleMaitre, String info) {
        try {
            Mac extraction = Mac.getInstance("HmacSHA256");
            extraction.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
            byte[] pseudoAleatoire = extraction.doFinal(cleMaitre);
            Mac expansion = Mac.getInstance("HmacSHA256");
            expansion.init(new SecretKeySpec(pseudoAleatoire, "HmacSHA256"));
            expansion.update(info.getBytes(StandardCharsets.UTF_8));
            expansion.update((byte) 1);
            byte[] cle = expansion.doFinal();
            Arrays.fill(pseudoAleatoire, (byte) 0);
            return cle;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 indisponible", e);
        }
    }
}
