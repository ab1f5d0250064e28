package fr.cellulepdp.app.wiring;

import fr.cellulepdp.model.audit.CleSignature;
import fr.cellulepdp.model.audit.Ed25519;
import fr.cellulepdp.model.compte.ClesDeSignature;
import fr.cellulepdp.model.compte.DerivationMotDePasse;
import fr.cellulepdp.persistence.base.AccesBase;
import fr.cellulepdp.persistence.base.BaseDeDonnees;
import fr.cellulepdp.persistence.base.TrousseauCles;
import fr.cellulepdp.persistence.compte.HachageArgon2;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * For the tests: turns an account's key-ring entry and signing keys back into the format written before decision
 * 0041 (each wrapped under its own Argon2id of the password, its own salt), keeping the same keys — the files
 * people have today.
 */
final class FormatAvantDerivationUnique {

    private static final SecureRandom ALEA = new SecureRandom();

    private FormatAvantDerivationUnique() {
    }

    static void retrograder(Path base, String identifiant, char[] motDePasse) throws Exception {
        AccesBase acces = AccesBase.fichier(base);
        try (BaseDeDonnees ouverte = acces.ouvrir(identifiant, motDePasse, Instant.now())) {
            CleSignature cle = ouverte.clesSignature().find(identifiant).orElseThrow();
            DerivationMotDePasse derivation = DerivationMotDePasse.pour(new HachageArgon2(), motDePasse);
            var signature = ClesDeSignature.signature(cle, derivation).orElseThrow();
            var echange = Ed25519.desenvelopper(cle.clePriveeEchangeChiffree(), identifiant, derivation::brute,
                    sel -> derivation.cle(sel, DerivationMotDePasse.ECHANGE), "X25519").orElseThrow();
            ouverte.clesSignature().save(new CleSignature(identifiant, cle.clePublique(), Ed25519.envelopper(signature,
                    identifiant, sel -> HachageArgon2.cleDerivee(motDePasse, sel)), cle.clePubliqueEchange(),
                    Ed25519.envelopper(echange, identifiant, sel -> HachageArgon2.cleDerivee(motDePasse, sel))));
        }
        byte[] cleBase = TrousseauCles.de(base).deverrouiller(identifiant, motDePasse, Instant.now());
        Path fichier = base.resolveSibling(base.getFileName() + ".cles");
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(fichier, StandardCharsets.ISO_8859_1)));
        String id = empreinte(identifiant);
        byte[] sel = aleatoire(16);
        byte[] nonce = aleatoire(12);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(HachageArgon2.cleDerivee(motDePasse, sel), "AES"),
                new GCMParameterSpec(128, nonce));
        aes.updateAAD(id.getBytes(StandardCharsets.US_ASCII));
        Base64.Encoder b64 = Base64.getEncoder();
        p.setProperty("compte." + id, b64.encodeToString(sel) + ":" + b64.encodeToString(nonce) + ":"
                + b64.encodeToString(aes.doFinal(cleBase)));
        StringWriter texte = new StringWriter();
        p.store(texte, null);
        Files.writeString(fichier, texte.toString(), StandardCharsets.ISO_8859_1);
    }

    /** The key-ring entry of this login, as stored. */
    static String entree(Path base, String identifiant) throws Exception {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(base.resolveSibling(base.getFileName() + ".cles"),
                StandardCharsets.ISO_8859_1)));
        return p.getProperty("compte." + empreinte(identifiant));
    }

    private static String empreinte(String identifiant) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(("cellule-pdp:"
                + identifiant.strip().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] aleatoire(int taille) {
        byte[] octets = new byte[taille];
        ALEA.nextBytes(octets);
        return octets;
    }
}
