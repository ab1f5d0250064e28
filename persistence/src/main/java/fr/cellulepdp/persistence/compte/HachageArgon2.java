package fr.cellulepdp.persistence.compte;

import fr.cellulepdp.model.compte.HachageMotDePasse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (BouncyCastle) with the OWASP minimum: 19 MiB of memory, 2 passes, 1 lane, 16-byte salt, 32-byte hash,
 * kept in the usual encoded form {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash} so the cost can grow later.
 */
public final class HachageArgon2 implements HachageMotDePasse {

    private static final int MEMOIRE_KIO = 19 * 1024;
    private static final int PASSES = 2;
    private static final int VOIES = 1;
    private static final SecureRandom ALEA = new SecureRandom();
    /** Argon2id runs in this process: the login's cost, counted by its tests. */
    private static final java.util.concurrent.atomic.AtomicLong CALCULS = new java.util.concurrent.atomic.AtomicLong();

    /** How many Argon2id derivations (hashes, checks, wrapping keys) this process has run. */
    public static long calculs() {
        return CALCULS.get();
    }

    @Override
    public String hacher(char[] motDePasse) {
        byte[] sel = new byte[16];
        ALEA.nextBytes(sel);
        byte[] hash = calculer(motDePasse, sel, MEMOIRE_KIO, PASSES, VOIES, 32);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + MEMOIRE_KIO + ",t=" + PASSES + ",p=" + VOIES + "$" + b64.encodeToString(sel)
                + "$" + b64.encodeToString(hash);
    }

    @Override
    public boolean verifier(char[] motDePasse, String encode) {
        String[] parties = encode.split("\\$");
        if (parties.length != 6 || !parties[1].equals("argon2id")) {
            return false;
        }
        int memoire = 0;
        int passes = 0;
        int voies = 0;
        for (String reglage : parties[3].split(",")) {
            String[] cleValeur = reglage.split("=");
            switch (cleValeur[0]) {
                case "m" -> memoire = Integer.parseInt(cleValeur[1]);
                case "t" -> passes = Integer.parseInt(cleValeur[1]);
                case "p" -> voies = Integer.parseInt(cleValeur[1]);
                default -> {
                    return false;
                }
            }
        }
        byte[] sel = Base64.getDecoder().decode(parties[4]);
        byte[] attendu = Base64.getDecoder().decode(parties[5]);
        return MessageDigest.isEqual(attendu, calculer(motDePasse, sel, memoire, passes, voies, attendu.length));
    }

    @Override
    public byte[] deriverCle(char[] motDePasse, byte[] sel) {
        return cleDerivee(motDePasse, sel);
    }

    /** A 32-byte key from a password and a salt, with the same cost as the stored hashes. */
    public static byte[] cleDerivee(char[] motDePasse, byte[] sel) {
        return calculer(motDePasse, sel, MEMOIRE_KIO, PASSES, VOIES, 32);
    }

    private static byte[] calculer(char[] motDePasse, byte[] sel, int memoire, int passes, int voies, int longueur) {
        CALCULS.incrementAndGet();
        Argon2BytesGenerator generateur = new Argon2BytesGenerator();
        generateur.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(sel).withMemoryAsKB(memoire).withIterations(passes).withParallelism(voies).build());
        java.nio.ByteBuffer tampon = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(motDePasse));
        byte[] octets = new byte[tampon.remaining()];
        tampon.get(octets);
        byte[] hash = new byte[longueur];
        generateur.generateBytes(octets, hash);
        java.util.Arrays.fill(octets, (byte) 0);
        return hash;
    }
}
