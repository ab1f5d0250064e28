package fr.cellulepdp.model.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Ed25519 signatures of the audit trail (JDK only), and the wrapping of a private key under a key derived from the
 * account's password: AES-256-GCM, the login as associated data, so a wrapped key moved to another account fails.
 */
public final class Ed25519 {

    private static final String ALGORITHME = "Ed25519";
    private static final int SEL = 16;
    private static final int NONCE = 12;
    private static final SecureRandom ALEA = new SecureRandom();

    private Ed25519() {
    }

    public static KeyPair nouvellePaire() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHME).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 indisponible", e);
        }
    }

    public static String publique(KeyPair paire) {
        return Base64.getEncoder().encodeToString(paire.getPublic().getEncoded());
    }

    public static String signer(PrivateKey cle, String texte) {
        try {
            Signature signature = Signature.getInstance(ALGORITHME);
            signature.initSign(cle);
            signature.update(texte.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signature impossible", e);
        }
    }

    /** True when {@code signatureB64} is {@code clePubliqueB64}'s signature of {@code texte}; false for anything malformed. */
    public static boolean verifier(String clePubliqueB64, String texte, String signatureB64) {
        try {
            PublicKey cle = KeyFactory.getInstance(ALGORITHME)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(clePubliqueB64)));
            Signature signature = Signature.getInstance(ALGORITHME);
            signature.initVerify(cle);
            signature.update(texte.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureB64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The current format's mark, first of its four parts. */
    private static final String FORMAT_2 = "2";

    /**
     * {@code 2:sel:nonce:chiffré} in Base64: wrapped under {@code cleAes}, which the caller derives from the
     * account's one salt {@code sel} (kept here so that the login knows it; see DerivationMotDePasse).
     */
    public static String envelopper(PrivateKey cle, String identifiant, byte[] sel, byte[] cleAes) {
        byte[] nonce = aleatoire(NONCE);
        Base64.Encoder b64 = Base64.getEncoder();
        return FORMAT_2 + ":" + b64.encodeToString(sel) + ":" + b64.encodeToString(nonce) + ":"
                + b64.encodeToString(aes(Cipher.ENCRYPT_MODE, cleAes, nonce, identifiant, cle.getEncoded()));
    }

    /**
     * The former format, {@code sel:nonce:chiffré}: {@code deriver} turns the salt into the key (one Argon2id per
     * wrapped key). Still read; written only to make such files in tests.
     */
    public static String envelopper(PrivateKey cle, String identifiant, java.util.function.Function<byte[], byte[]> deriver) {
        byte[] sel = aleatoire(SEL);
        byte[] nonce = aleatoire(NONCE);
        byte[] chiffre = aes(Cipher.ENCRYPT_MODE, deriver.apply(sel), nonce, identifiant, cle.getEncoded());
        Base64.Encoder b64 = Base64.getEncoder();
        return b64.encodeToString(sel) + ":" + b64.encodeToString(nonce) + ":" + b64.encodeToString(chiffre);
    }

    /** The private key of a former-format envelope, or empty when the password (or the login) is not its own. */
    public static Optional<PrivateKey> desenvelopper(String enveloppe, String identifiant,
                                                     java.util.function.Function<byte[], byte[]> deriver) {
        return desenvelopper(enveloppe, identifiant, deriver, sel -> null, ALGORITHME);
    }

    /**
     * The private key of {@code algorithme} (X25519 for the key-agreement pair) in either format: {@code ancien}
     * gives the former format's key from its salt, {@code actuel} the current one's. Empty when the password (or
     * the login) is not the one it was wrapped under.
     */
    public static Optional<PrivateKey> desenvelopper(String enveloppe, String identifiant,
                                                     java.util.function.Function<byte[], byte[]> ancien,
                                                     java.util.function.Function<byte[], byte[]> actuel,
                                                     String algorithme) {
        try {
            String[] parties = enveloppe.split(":");
            boolean format2 = parties.length == 4 && parties[0].equals(FORMAT_2);
            if (!format2 && parties.length != 3) {
                return Optional.empty();
            }
            int debut = format2 ? 1 : 0;
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] sel = b64.decode(parties[debut]);
            byte[] cle = format2 ? actuel.apply(sel) : ancien.apply(sel);
            if (cle == null) {
                return Optional.empty();
            }
            byte[] clair = aes(Cipher.DECRYPT_MODE, cle, b64.decode(parties[debut + 1]), identifiant,
                    b64.decode(parties[debut + 2]));
            return Optional.of(KeyFactory.getInstance(algorithme).generatePrivate(new PKCS8EncodedKeySpec(clair)));
        } catch (IllegalStateException | IllegalArgumentException | ArrayIndexOutOfBoundsException
                 | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    /** The salt of a current-format envelope; empty for the former format (to be rewrapped). */
    public static Optional<byte[]> selActuel(String enveloppe) {
        String[] parties = enveloppe.split(":");
        try {
            return parties.length == 4 && parties[0].equals(FORMAT_2) ? Optional.of(Base64.getDecoder()
                    .decode(parties[1])) : Optional.empty();
        } catch (IllegalArgumentException abime) {
            return Optional.empty();
        }
    }

    private static byte[] aes(int mode, byte[] cle, byte[] nonce, String identifiant, byte[] donnees) {
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(mode, new SecretKeySpec(cle, "AES"), new GCMParameterSpec(128, nonce));
            aes.updateAAD(identifiant.getBytes(StandardCharsets.UTF_8));
            return aes.doFinal(donnees);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("enveloppe refusée", e);
        }
    }

    private static byte[] aleatoire(int taille) {
        byte[] octets = new byte[taille];
        ALEA.nextBytes(octets);
        return octets;
    }
}
