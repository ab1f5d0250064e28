package fr.cellulepdp.app.document;

import fr.cellulepdp.model.commun.Empreintes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Collections;

/**
 * Keeps the public part of each signing certificate used (the certificates of its chain, never the private key) in
 * the data folder's « certificats », so that the backup holds what is needed to check old signatures. Written when
 * the certificate is opened with its password; a file that cannot be opened is left to the signing step to report.
 */
public final class CertificatsPublics {

    public static final String DOSSIER = "certificats";

    private CertificatsPublics() {
    }

    public static void garder(Path dossierDonnees, byte[] pkcs12, char[] motDePasse) {
        try {
            KeyStore magasin = KeyStore.getInstance("PKCS12");
            magasin.load(new ByteArrayInputStream(pkcs12), motDePasse);
            Path dossier = Files.createDirectories(dossierDonnees.resolve(DOSSIER));
            for (String alias : Collections.list(magasin.aliases())) {
                Certificate[] chaine = magasin.getCertificateChain(alias);
                for (Certificate certificat : chaine == null ? new Certificate[] {magasin.getCertificate(alias)}
                        : chaine) {
                    if (certificat == null) {
                        continue;
                    }
                    byte[] der = certificat.getEncoded();
                    Path fichier = dossier.resolve(Empreintes.sha256(der).substring(0, 16) + ".pem");
                    if (!Files.exists(fichier)) {
                        String pem = "-----BEGIN CERTIFICATE-----\n"
                                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                                + "\n-----END CERTIFICATE-----\n";
                        DossierDocuments.ecrireAtomiquement(fichier, pem.getBytes(StandardCharsets.US_ASCII));
                    }
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            // wrong password or unreadable file: signing reports it in French; nothing to keep here
        }
    }
}
