package fr.cellulepdp.app.notification;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an attacker runs on a captured attachment: the user-password check of an AES-256 PDF (ISO 32000-2,
 * algorithm 2.B, revision 6), written for speed — the cipher and digests are reused between rounds. A password is
 * right when its hash with the validation salt is the first 32 bytes of /U.
 */
final class EssaiMotDePassePdf {

    private final byte[] u;
    private final Cipher aes;
    private final MessageDigest sha256;
    private final MessageDigest sha384;
    private final MessageDigest sha512;

    /** @param u the /U entry of the document's encryption dictionary (48 bytes) */
    EssaiMotDePassePdf(byte[] u) throws GeneralSecurityException {
        this.u = u.clone();
        aes = Cipher.getInstance("AES/CBC/NoPadding");
        sha256 = MessageDigest.getInstance("SHA-256");
        sha384 = MessageDigest.getInstance("SHA-384");
        sha512 = MessageDigest.getInstance("SHA-512");
    }

    boolean ouvre(String motDePasse) throws GeneralSecurityException {
        byte[] mdp = motDePasse.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] hache = hacher(mdp, Arrays.copyOfRange(u, 32, 40));
        return Arrays.equals(hache, 0, 32, u, 0, 32);
    }

    private byte[] hacher(byte[] mdp, byte[] sel) throws GeneralSecurityException {
        sha256.update(mdp);
        sha256.update(sel);
        byte[] k = sha256.digest();
        byte[] e = null;
        for (int tour = 0; tour < 64 || (e[e.length - 1] & 0xff) > tour - 32; tour++) {
            int longueur = mdp.length + k.length;
            byte[] k1 = new byte[longueur * 64];
            for (int i = 0; i < 64; i++) {
                System.arraycopy(mdp, 0, k1, i * longueur, mdp.length);
                System.arraycopy(k, 0, k1, i * longueur + mdp.length, k.length);
            }
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(k, 0, 16, "AES"), new IvParameterSpec(k, 16, 16));
            e = aes.doFinal(k1);
            int somme = 0;
            for (int i = 0; i < 16; i++) {
                somme += e[i] & 0xff;
            }
            k = switch (somme % 3) {
                case 0 -> sha256.digest(e);
                case 1 -> sha384.digest(e);
                default -> sha512.digest(e);
            };
        }
        return Arrays.copyOf(k, 32);
    }
}
