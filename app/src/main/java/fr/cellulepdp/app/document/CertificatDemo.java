package fr.cellulepdp.app.document;

import fr.cellulepdp.reports.signature.CertificatAutoSigne;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo cell's signing certificate: a self-signed PKCS#12 for its coordinatrice, written next to the database
 * and chosen in the settings, so that documents can be signed right after loading the demo. Its password is
 * {@link #MOT_DE_PASSE}, printed in the README: it is a demo.
 */
public final class CertificatDemo {

    public static final String MOT_DE_PASSE = "demo";
    public static final String FICHIER = "certificat-demo-coordinatrice.p12";

    private CertificatDemo() {
    }

    /**
     * Writes the certificate of the cell's signatory next to the database and chooses it in the settings (the demo
     * loaded by the wiring, which then gives every member an account).
     */
    public static Path installer(fr.cellulepdp.model.cellule.Cellule cellule, Path dossierDonnees,
                                 java.time.Instant maintenant,
                                 fr.cellulepdp.model.cellule.ParametrerDocuments parametrerDocuments,
                                 fr.cellulepdp.model.cellule.UtilisateurCourant utilisateurCourant) {
        Path fichier = dossierDonnees.resolve(FICHIER);
        try {
            byte[] pkcs12 = CertificatAutoSigne.creer(cellule.signataire(), cellule.cpam(),
                    MOT_DE_PASSE.toCharArray(), maintenant);
            Files.write(fichier, pkcs12);
            CertificatsPublics.garder(dossierDonnees, pkcs12, MOT_DE_PASSE.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException("écriture du certificat de démonstration impossible", e);
        }
        parametrerDocuments.choisirCertificat(fichier.toString());
        return fichier;
    }
}
