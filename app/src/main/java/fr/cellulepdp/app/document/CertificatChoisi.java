package fr.cellulepdp.app.document;

import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.document.CertificatSignature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The signatory's PKCS#12 file read from disk, with the password just typed; the block shows the cell's signatory. */
public final class CertificatChoisi {

    private CertificatChoisi() {
    }

    /** Reads the file; its public certificates are kept in {@code dossierDonnees} for the backups. */
    public static CertificatSignature lire(Path fichier, char[] motDePasse, Cellule cellule, Path dossierDonnees) {
        try {
            byte[] pkcs12 = Files.readAllBytes(fichier);
            CertificatsPublics.garder(dossierDonnees, pkcs12, motDePasse);
            return new CertificatSignature(pkcs12, motDePasse, cellule.signataire(), cellule.signataireFonction());
        } catch (IOException e) {
            throw new SaisieInvalideException("certificat", "le fichier du certificat « " + fichier
                    + " » ne peut pas être lu.");
        }
    }
}
