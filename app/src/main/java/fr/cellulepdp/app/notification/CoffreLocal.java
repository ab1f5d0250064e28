package fr.cellulepdp.app.notification;

import fr.cellulepdp.model.notification.Coffre;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets encrypted with AES-256-GCM under a random key kept in a file of the data folder, readable by its owner
 * only. The database holds the ciphertext: copied alone, it reveals no password.
 */
public final class CoffreLocal implements Coffre {

    private static final int IV = 12;
    private final SecretKey cle;

    public CoffreLocal(Path fichierCle) {
        this.cle = new SecretKeySpec(cle(fichierCle), "AES");
    }

    private static byte[] cle(Path fichier) {
        try {
            if (Files.exists(fichier)) {
                return Files.readAllBytes(fichier);
            }
            KeyGenerator generateur = KeyGenerator.getInstance("AES");
            generateur.init(256, new SecureRandom());
            byte[] nouvelle = generateur.generateKey().getEncoded();
            Files.createDirectories(fichier.toAbsolutePath().getParent());
            Files.write(fichier, nouvelle);
            try {
                Files.setPosixFilePermissions(fichier, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Windows: the file stays in the user's own profile folder
            }
            return nouvelle;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("clé locale de chiffrement illisible : " + e.getMessage(), e);
        }
    }

    @Override
    public String chiffrer(char[] secret) {
        try {
            byte[] iv = new byte[IV];
            new SecureRandom().nextBytes(iv);
            Cipher chiffre = Cipher.getInstance("AES/GCM/NoPadding");
            chiffre.init(Cipher.ENCRYPT_MODE, cle, new GCMParameterSpec(128, iv));
            ByteBuffer clair = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
            byte[] octets = new byte[clair.remaining()];
            clair.get(octets);
            byte[] sortie = chiffre.doFinal(octets);
            Arrays.fill(octets, (byte) 0);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV + sortie.length).put(iv).put(sortie)
                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public char[] dechiffrer(String chiffre) {
        try {
            byte[] tout = Base64.getDecoder().decode(chiffre);
            Cipher dechiffre = Cipher.getInstance("AES/GCM/NoPadding");
            dechiffre.init(Cipher.DECRYPT_MODE, cle, new GCMParameterSpec(128, tout, 0, IV));
            byte[] clair = dechiffre.doFinal(tout, IV, tout.length - IV);
            CharBuffer decode = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(clair));
            char[] secret = new char[decode.remaining()];
            decode.get(secret);
            Arrays.fill(clair, (byte) 0);
            return secret;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("le mot de passe enregistré ne se déchiffre pas avec la clé de cet "
                    + "ordinateur : saisissez-le à nouveau dans les paramètres.", e);
        }
    }
}
