package fr.cellulepdp.app.document;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.document.CertificatSignature;
import fr.cellulepdp.model.document.EmplacementSignature;
import fr.cellulepdp.model.document.SignatureDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Signs a document already written in its next free frame (the secretary after the chair), in place: the file
 * is replaced atomically, and its line in the folder's SHA256SUMS is brought up to date.
 */
public final class Contresignature {

    private final SignatureDocuments signature;

    public Contresignature(SignatureDocuments signature) {
        this.signature = signature;
    }

    /** @return the frame signed (whose name is the signatory the document expected there) */
    public EmplacementSignature signer(Path fichier, CertificatSignature certificat) {
        try {
            byte[] pdf = Files.readAllBytes(fichier);
            List<EmplacementSignature> libres = signature.emplacementsLibres(pdf);
            if (libres.isEmpty()) {
                throw new SaisieInvalideException("document", "« " + fichier.getFileName()
                        + " » n'a plus de cadre de signature libre : il est déjà signé par tous.");
            }
            EmplacementSignature cadre = libres.get(0);
            if (!memePersonne(cadre.signataire(), certificat.nom())) {
                throw new SaisieInvalideException("signataire", "le cadre suivant de « " + fichier.getFileName()
                        + " » attend la signature de " + cadre.signataire() + " : " + certificat.nom()
                        + " ne peut pas signer à sa place.");
            }
            String titulaire = titulaire(certificat);
            if (!memePersonne(titulaire, certificat.nom())) {
                throw new SaisieInvalideException("--certificat", "ce certificat est celui de " + titulaire
                        + ", pas de " + certificat.nom() + " : chacun signe avec son propre certificat.");
            }
            byte[] signe = signature.signer(pdf, cadre, certificat);
            DossierDocuments.remplacer(fichier, signe);
            return libres.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("signature du document impossible : " + e.getMessage(), e);
        }
    }

    /** The common name (CN) of the certificate's holder, which the signature validators show as the signer. */
    static String titulaire(CertificatSignature certificat) {
        try {
            java.security.KeyStore magasin = java.security.KeyStore.getInstance("PKCS12");
            magasin.load(new java.io.ByteArrayInputStream(certificat.pkcs12()), certificat.motDePasse());
            for (String alias : java.util.Collections.list(magasin.aliases())) {
                if (magasin.getCertificate(alias) instanceof java.security.cert.X509Certificate x509) {
                    for (javax.naming.ldap.Rdn rdn : new javax.naming.ldap.LdapName(
                            x509.getSubjectX500Principal().getName()).getRdns()) {
                        if (rdn.getType().equalsIgnoreCase("CN")) {
                            return rdn.getValue().toString();
                        }
                    }
                }
            }
            throw new SaisieInvalideException("--certificat", "le certificat ne nomme pas son titulaire (CN).");
        } catch (java.security.GeneralSecurityException | IOException | javax.naming.InvalidNameException e) {
            throw new SaisieInvalideException("--certificat", "certificat illisible ou mot de passe erroné.");
        }
    }

    /** The same person's name, whatever the case and accents (« Hélène Martinel » and « HELENE MARTINEL »). */
    private static boolean memePersonne(String un, String autre) {
        return fr.cellulepdp.model.commun.Textes.pourRecherche(un).replaceAll("\\s+", " ")
                .equals(fr.cellulepdp.model.commun.Textes.pourRecherche(autre).replaceAll("\\s+", " "));
    }
}
