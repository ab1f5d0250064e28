package fr.cellulepdp.persistence.audit;

import fr.cellulepdp.model.audit.CleSignataire;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * The trail's Ed25519 signatures by BouncyCastle (issue 22): the JDK 17 derives the public key again at each
 * signature (two scalar multiplications, 0.8 ms of CPU per audit entry), BouncyCastle keeps it and multiplies the
 * base point from precomputed tables (0.05 ms). The signature is the same bytes (RFC 8032 is deterministic), which
 * {@code SignatureBouncyCastleTest} checks against the JDK's.
 */
public final class SignatureBouncyCastle implements CleSignataire {

    private final Ed25519PrivateKeyParameters cle;

    private SignatureBouncyCastle(Ed25519PrivateKeyParameters cle) {
        this.cle = cle;
    }

    /** The key ready to sign; a key of another kind keeps the JDK's implementation. */
    public static CleSignataire de(PrivateKey cle) {
        if (!(cle instanceof EdECPrivateKey ed) || !NamedParameterSpec.ED25519.getName()
                .equalsIgnoreCase(ed.getParams().getName()) || ed.getBytes().isEmpty()) {
            return CleSignataire.jdk(cle);
        }
        byte[] graine = ed.getBytes().orElseThrow();
        try {
            Ed25519PrivateKeyParameters parametres = new Ed25519PrivateKeyParameters(graine, 0);
            // derived here once, kept by the parameters for every signature of the session
            parametres.generatePublicKey();
            return new SignatureBouncyCastle(parametres);
        } finally {
            Arrays.fill(graine, (byte) 0);
        }
    }

    @Override
    public String signer(String texte) {
        byte[] octets = texte.getBytes(StandardCharsets.UTF_8);
        Ed25519Signer signature = new Ed25519Signer();
        signature.init(true, cle);
        signature.update(octets, 0, octets.length);
        return Base64.getEncoder().encodeToString(signature.generateSignature());
    }
}
