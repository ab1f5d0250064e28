package fr.cellulepdp.reports.signature;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * An independent check of the signatures, with BouncyCastle's CMS verification (not the signing code): each
 * signature's digest and RSA signature over the bytes its ByteRange covers, the certificate it names, and which
 * part of the file it covers.
 */
final class VerificationSignatures {

    /** One signature as found in the file. */
    record Resultat(String nom, String sousFiltre, boolean intacte, boolean certificatV2, boolean heureCms,
                    int[] plage) {

        /** True when the signed bytes run to the end of {@code longueur} bytes (the whole file at that revision). */
        boolean couvreJusqua(int longueur) {
            return plage[0] == 0 && plage[2] + plage[3] == longueur;
        }
    }

    private VerificationSignatures() {
    }

    static List<Resultat> verifier(byte[] pdf) throws IOException {
        return verifier(pdf, "");
    }

    /** The same, on a document encrypted with {@code motDePasse}. */
    static List<Resultat> verifier(byte[] pdf, String motDePasse) throws IOException {
        List<Resultat> resultats = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf, motDePasse)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                byte[] contenu = signature.getContents(pdf);
                byte[] signe = signature.getSignedContent(pdf);
                boolean intacte;
                boolean v2 = false;
                boolean heure = false;
                try {
                    // the first DER object: the zeros that pad /Contents to its reserved size are not part of it
                    // (BouncyCastle 1.80 and later refuse trailing bytes)
                    CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signe),
                            org.bouncycastle.asn1.cms.ContentInfo.getInstance(
                                    new org.bouncycastle.asn1.ASN1InputStream(contenu).readObject()));
                    SignerInformation signataire = cms.getSignerInfos().getSigners().iterator().next();
                    @SuppressWarnings("unchecked")
                    X509CertificateHolder certificat = (X509CertificateHolder) cms.getCertificates()
                            .getMatches(signataire.getSID()).iterator().next();
                    intacte = signataire.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificat));
                    v2 = signataire.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null;
                    heure = signataire.getSignedAttributes().get(PKCSObjectIdentifiers.pkcs_9_at_signingTime) != null;
                } catch (Exception e) {
                    intacte = false;
                }
                resultats.add(new Resultat(signature.getName(), signature.getSubFilter(), intacte, v2, heure,
                        signature.getByteRange()));
            }
        }
        return resultats;
    }
}
