package org.h2.store.fs.encrypt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.h2.security.BlockCipher;

/**
 * H2's XTS mode over the JDK's AES (which the JVM runs with the processor's AES instructions) instead of H2's own
 * AES in Java: the same bytes on the disk, several times faster. H2 encrypts its file sector by sector (4 096 bytes,
 * {@link FileEncrypt}); H2's XTS enciphers each 16-byte block separately, between two XORs with its tweak. Here a
 * sector's tweaks are computed first, and the sector is enciphered in one call (ECB over the whole sector: each block
 * on its own, as H2's XTS does). A length that is not a multiple of 16 (never used by {@link FileEncrypt}) goes
 * through H2's code. This class is in H2's package because {@code XTS} is package-private there; it is installed
 * into an open file by {@code fr.cellulepdp.persistence.base.ChiffrementMateriel} only after checking that it gives
 * H2's bytes (issue 22, decision 0055).
 */
public final class XtsAesJce extends XTS {

    private static final int BLOC = 16;
    private static final int RETOUR_GF_128 = 0x87;
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private final SecretKeySpec cle;
    /** Ciphers are not thread-safe: H2 reads and writes from several threads. */
    private final ThreadLocal<Chiffreurs> parFil;

    private record Chiffreurs(Cipher chiffrer, Cipher dechiffrer, byte[][] tweaks) {
    }

    /** {@code h2} is the cipher H2 set up for the file (used for the odd lengths only); {@code cle} its AES key. */
    public XtsAesJce(BlockCipher h2, byte[] cle) {
        super(h2);
        this.cle = new SecretKeySpec(cle.clone(), "AES");
        this.parFil = ThreadLocal.withInitial(this::chiffreurs);
    }

    private Chiffreurs chiffreurs() {
        try {
            Cipher chiffrer = Cipher.getInstance("AES/ECB/NoPadding");
            chiffrer.init(Cipher.ENCRYPT_MODE, cle);
            Cipher dechiffrer = Cipher.getInstance("AES/ECB/NoPadding");
            dechiffrer.init(Cipher.DECRYPT_MODE, cle);
            return new Chiffreurs(chiffrer, dechiffrer, new byte[1][0]);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES indisponible : " + e.getMessage(), e);
        }
    }

    /**
     * True when {@code xts} (H2's, of the same file) and this one give the same bytes on random sectors (the first,
     * the last, others), enciphering, and that both decipher them back.
     */
    public boolean memesOctetsQue(Object xts) {
        if (!(xts instanceof XTS h2) || xts instanceof XtsAesJce) {
            return false;
        }
        SecureRandom hasard = new SecureRandom();
        for (long secteur : new long[] {0, 1, hasard.nextInt(1 << 20), hasard.nextLong(), Long.MAX_VALUE, -1}) {
            byte[] clair = new byte[FileEncrypt.BLOCK_SIZE];
            hasard.nextBytes(clair);
            byte[] parH2 = clair.clone();
            byte[] ici = clair.clone();
            h2.encrypt(secteur, parH2.length, parH2, 0);
            encrypt(secteur, ici.length, ici, 0);
            if (!Arrays.equals(parH2, ici)) {
                return false;
            }
            h2.decrypt(secteur, parH2.length, parH2, 0);
            decrypt(secteur, ici.length, ici, 0);
            if (!Arrays.equals(parH2, clair) || !Arrays.equals(ici, clair)) {
                return false;
            }
        }
        return true;
    }

    @Override
    void encrypt(long id, int len, byte[] data, int offset) {
        if (len % BLOC != 0) {
            super.encrypt(id, len, data, offset);
            return;
        }
        Chiffreurs c = parFil.get();
        appliquer(c, c.chiffrer(), id, len, data, offset);
    }

    @Override
    void decrypt(long id, int len, byte[] data, int offset) {
        if (len % BLOC != 0) {
            super.decrypt(id, len, data, offset);
            return;
        }
        Chiffreurs c = parFil.get();
        appliquer(c, c.dechiffrer(), id, len, data, offset);
    }

    /** XOR with the tweaks, the blocks through AES (one call), XOR again: H2's XTS for whole blocks. */
    private static void appliquer(Chiffreurs c, Cipher aes, long id, int len, byte[] data, int offset) {
        byte[] tweaks = c.tweaks()[0];
        if (tweaks.length < len) {
            tweaks = new byte[len];
            c.tweaks()[0] = tweaks;
        }
        tweaks(c.chiffrer(), id, tweaks, len);
        xor(data, offset, tweaks, len);
        try {
            if (aes.update(data, offset, len, data, offset) != len) {
                throw new IllegalStateException("AES : bloc incomplet");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES : " + e.getMessage(), e);
        }
        xor(data, offset, tweaks, len);
    }

    /**
     * The tweak of each block: the sector number (16 bytes, little-endian) enciphered, then for each next block
     * multiplied by x in GF(2^128) (a 128-bit little-endian shift, 0x87 folded back), as H2's XTS does.
     */
    private static void tweaks(Cipher chiffrer, long id, byte[] tweaks, int len) {
        byte[] premier = new byte[BLOC];
        LONG_LE.set(premier, 0, id);
        try {
            chiffrer.update(premier, 0, BLOC, premier, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES : " + e.getMessage(), e);
        }
        long bas = (long) LONG_LE.get(premier, 0);
        long haut = (long) LONG_LE.get(premier, 8);
        for (int i = 0; i < len; i += BLOC) {
            LONG_LE.set(tweaks, i, bas);
            LONG_LE.set(tweaks, i + 8, haut);
            long retenue = haut >>> 63;
            haut = (haut << 1) | (bas >>> 63);
            bas = (bas << 1) ^ (retenue * RETOUR_GF_128);
        }
    }

    private static void xor(byte[] data, int offset, byte[] tweaks, int len) {
        for (int i = 0; i < len; i += 8) {
            LONG_LE.set(data, offset + i, (long) LONG_LE.get(data, offset + i) ^ (long) LONG_LE.get(tweaks, i));
        }
    }
}
