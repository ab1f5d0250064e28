package fr.cellulepdp.app.document;

import fr.cellulepdp.app.wiring.Services;
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

    /** Loads the demo cell, then gives its coordinatrice the demo certificate and every member an account. */
    public static fr.cellulepdp.model.demo.ResumeDemo chargerLaDemo(Services services) {
        var resume = services.chargerDonneesDemo().executer(services.utilisateur(), services.horloge().aujourdhui());
        installer(services);
        fr.cellulepdp.app.compte.ComptesDemo.creer(services);
        return resume;
    }

    public static Path installer(Services services) {
        var cellule = services.cellule().orElseThrow();
        Path fichier = services.dossierDonnees().resolve(FICHIER);
        try {
            byte[] pkcs12 = CertificatAutoSigne.creer(cellule.signataire(), cellule.cpam(),
                    MOT_DE_PASSE.toCharArray(), services.horloge().maintenant());
            Files.write(fichier, pkcs12);
            CertificatsPublics.garder(services.dossierDonnees(), pkcs12, MOT_DE_PASSE.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException("écriture du certificat de démonstration impossible", e);
        }
        services.parametrerDocuments().choisirCertificat(services.utilisateur(), fichier.toString());
        return fichier;
    }
}
