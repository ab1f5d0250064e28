package fr.cellulepdp.model.commun;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints in lower-case hex, as SHA256SUMS and the notifications record them. */
public final class Empreintes {

    private Empreintes() {
    }

    public static String sha256(byte[] contenu) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenu));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 absent du JDK", e);
        }
    }
}
