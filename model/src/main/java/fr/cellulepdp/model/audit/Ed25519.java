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

    /** {@code sel:nonce:chiffré} in Base64; {@code deriver} turns the password and the salt into a 32-byte key. */
    public static String envelopper(PrivateKey cle, String identifiant, java.util.function.Function<byte[], byte[]> deriver) {
        byte[] sel = aleatoire(SEL);
        byte[] nonce = aleatoire(NONCE);
        byte[] chiffre = aes(Cipher.ENCRYPT_MODE, deriver.apply(sel), nonce, identifiant, cle.getEncoded());
        Base64.Encoder b64 = Base64.getEncoder();
        return b64.encodeToString(sel) + ":" + b64.encodeToString(nonce) + ":" + b64.encodeToString(chiffre);
    }

    /** The private key, or empty when the password (or the login) is not the one it was wrapped under. */
    public static Optional<PrivateKey> desenvelopper(String enveloppe, String identifiant,
                                                     java.util.function.Function<byte[], byte[]> deriver) {
        return desenvelopper(enveloppe, identifiant, deriver, ALGORITHME);
    }

    /** The same for a private key of {@code algorithme} (X25519 for the key-agreement pair). */
    public static Optional<PrivateKey> desenvelopper(String enveloppe, String identifiant,
                                                     java.util.function.Function<byte[], byte[]> deriver,
                                                     String algorithme) {
        try {
            String[] parties = enveloppe.split(":");
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] clair = aes(Cipher.DECRYPT_MODE, deriver.apply(b64.decode(parties[0])), b64.decode(parties[1]),
                    identifiant, b64.decode(parties[2]));
            return Optional.of(KeyFactory.getInstance(algorithme).generatePrivate(new PKCS8EncodedKeySpec(clair)));
        } catch (IllegalStateException | IllegalArgumentException | ArrayIndexOutOfBoundsException
                 | GeneralSecurityException e) {
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
