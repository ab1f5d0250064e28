package fr.cellulepdp.model.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A secret wrapped for one account's public key, without its password (JDK only): an ephemeral X25519 agreement with
 * the recipient's key, SHA-256 of the shared secret and both public keys as the AES-256-GCM key.
 */
public final class X25519 {

    private static final String ALGORITHME = "X25519";
    private static final SecureRandom ALEA = new SecureRandom();

    private X25519() {
    }

    public static KeyPair nouvellePaire() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHME).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 indisponible", e);
        }
    }

    public static String publique(KeyPair paire) {
        return Base64.getEncoder().encodeToString(paire.getPublic().getEncoded());
    }

    /** {@code secret} wrapped for {@code clePubliqueB64}: {@code éphémère:nonce:chiffré} in Base64. */
    public static String envelopperPour(String clePubliqueB64, byte[] secret) {
        try {
            KeyPair ephemere = nouvellePaire();
            byte[] nonce = new byte[12];
            ALEA.nextBytes(nonce);
            byte[] cle = cle(ephemere.getPrivate(), publique(clePubliqueB64), ephemere.getPublic().getEncoded(),
                    Base64.getDecoder().decode(clePubliqueB64));
            Base64.Encoder b64 = Base64.getEncoder();
            return b64.encodeToString(ephemere.getPublic().getEncoded()) + ":" + b64.encodeToString(nonce) + ":"
                    + b64.encodeToString(aes(Cipher.ENCRYPT_MODE, cle, nonce, secret));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("enveloppe impossible", e);
        }
    }

    /** The secret, or empty when {@code privee} (with its public half {@code clePubliqueB64}) is not the recipient. */
    public static Optional<byte[]> ouvrir(String enveloppe, PrivateKey privee, String clePubliqueB64) {
        try {
            String[] parties = enveloppe.split(":");
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] ephemere = b64.decode(parties[0]);
            byte[] cle = cle(privee, publique(parties[0]), ephemere, b64.decode(clePubliqueB64));
            return Optional.of(aes(Cipher.DECRYPT_MODE, cle, b64.decode(parties[1]), b64.decode(parties[2])));
        } catch (GeneralSecurityException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static byte[] cle(PrivateKey privee, PublicKey autre, byte[] publiqueEphemere, byte[] publiqueDestinataire)
            throws GeneralSecurityException {
        KeyAgreement accord = KeyAgreement.getInstance(ALGORITHME);
        accord.init(privee);
        accord.doPhase(autre, true);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("cellule-pdp:enveloppe".getBytes(StandardCharsets.US_ASCII));
        sha.update(accord.generateSecret());
        sha.update(publiqueEphemere);
        sha.update(publiqueDestinataire);
        return sha.digest();
    }

    private static PublicKey publique(String b64) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHME).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(b64)));
    }

    private static byte[] aes(int mode, byte[] cle, byte[] nonce, byte[] donnees) throws GeneralSecurityException {
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(mode, new SecretKeySpec(cle, "AES"), new GCMParameterSpec(128, nonce));
        return aes.doFinal(donnees);
    }
}
