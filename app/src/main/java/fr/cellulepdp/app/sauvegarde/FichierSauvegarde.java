package fr.cellulepdp.app.sauvegarde;

import fr.cellulepdp.model.commun.Empreintes;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The backup file: a zip of named entries plus a manifest of their SHA-256, encrypted with AES-256-GCM under a key
 * derived from the password (PBKDF2, 210 000 rounds). GCM's tag makes any change or truncation detectable; the
 * manifest makes a missing entry detectable. Format: "CPDPSAV1", salt (16), IV (12), ciphertext.
 */
final class FichierSauvegarde {

    static final String MANIFESTE = "MANIFESTE";
    private static final byte[] MAGIQUE = "CPDPSAV1".getBytes(StandardCharsets.US_ASCII);
    private static final int SEL = 16;
    private static final int IV = 12;
    private static final int TOURS = 210_000;

    private FichierSauvegarde() {
    }

    static byte[] ecrire(Map<String, byte[]> entrees, char[] motDePasse) {
        try {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            try (ZipOutputStream sortie = new ZipOutputStream(zip)) {
                StringBuilder manifeste = new StringBuilder();
                for (Map.Entry<String, byte[]> entree : entrees.entrySet()) {
                    sortie.putNextEntry(new ZipEntry(entree.getKey()));
                    sortie.write(entree.getValue());
                    sortie.closeEntry();
                    manifeste.append(Empreintes.sha256(entree.getValue())).append("  ").append(entree.getKey()).append('\n');
                }
                sortie.putNextEntry(new ZipEntry(MANIFESTE));
                sortie.write(manifeste.toString().getBytes(StandardCharsets.UTF_8));
                sortie.closeEntry();
            }
            byte[] sel = aleatoire(SEL);
            byte[] iv = aleatoire(IV);
            Cipher chiffre = Cipher.getInstance("AES/GCM/NoPadding");
            chiffre.init(Cipher.ENCRYPT_MODE, cle(motDePasse, sel), new GCMParameterSpec(128, iv));
            byte[] contenu = chiffre.doFinal(zip.toByteArray());
            return ByteBuffer.allocate(MAGIQUE.length + SEL + IV + contenu.length).put(MAGIQUE).put(sel).put(iv)
                    .put(contenu).array();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entries, once the file is proven intact and complete; refused in French otherwise. */
    static Map<String, byte[]> lire(byte[] fichier, char[] motDePasse) {
        if (fichier.length < MAGIQUE.length + SEL + IV + 16
                || !Arrays.equals(Arrays.copyOf(fichier, MAGIQUE.length), MAGIQUE)) {
            throw new SaisieInvalideException("sauvegarde", "ce fichier n'est pas une sauvegarde de Cellule PDP.");
        }
        byte[] zip;
        try {
            byte[] sel = Arrays.copyOfRange(fichier, MAGIQUE.length, MAGIQUE.length + SEL);
            int debut = MAGIQUE.length + SEL;
            Cipher dechiffre = Cipher.getInstance("AES/GCM/NoPadding");
            dechiffre.init(Cipher.DECRYPT_MODE, cle(motDePasse, sel), new GCMParameterSpec(128, fichier, debut, IV));
            zip = dechiffre.doFinal(fichier, debut + IV, fichier.length - debut - IV);
        } catch (AEADBadTagException e) {
            throw new SaisieInvalideException("sauvegarde", "la sauvegarde est endommagée (tronquée ou modifiée) ou "
                    + "le mot de passe est erroné : rien n'a été restauré.");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Map<String, byte[]> entrees = new LinkedHashMap<>();
        try (ZipInputStream entree = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = entree.getNextEntry(); e != null; e = entree.getNextEntry()) {
                entrees.put(e.getName(), entree.readAllBytes());
            }
        } catch (IOException e) {
            throw new SaisieInvalideException("sauvegarde", "la sauvegarde est illisible : rien n'a été restauré.");
        }
        verifierManifeste(entrees);
        return entrees;
    }

    private static void verifierManifeste(Map<String, byte[]> entrees) {
        byte[] manifeste = entrees.remove(MANIFESTE);
        if (manifeste == null) {
            throw new SaisieInvalideException("sauvegarde", "la sauvegarde est incomplète (pas de manifeste).");
        }
        for (String ligne : new String(manifeste, StandardCharsets.UTF_8).split("\n")) {
            if (ligne.isBlank()) {
                continue;
            }
            String[] parties = ligne.split("  ", 2);
            byte[] contenu = entrees.get(parties[1]);
            if (contenu == null || !Empreintes.sha256(contenu).equals(parties[0])) {
                throw new SaisieInvalideException("sauvegarde", "la sauvegarde est incomplète : « " + parties[1]
                        + " » manque ou diffère. Rien n'a été restauré.");
            }
        }
    }

    private static SecretKeySpec cle(char[] motDePasse, byte[] sel) throws GeneralSecurityException {
        byte[] cle = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(motDePasse, sel, TOURS, 256)).getEncoded();
        return new SecretKeySpec(cle, "AES");
    }

    private static byte[] aleatoire(int taille) {
        byte[] octets = new byte[taille];
        new SecureRandom().nextBytes(octets);
        return octets;
    }

}
