package fr.cellulepdp.reports.signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/**
 * PAdES B-LT: the validation material of the document's signatures and time-stamps — their certificate chains and
 * the revocation data (OCSP responses, CRLs) the certificates point to — in the catalog's DSS dictionary, written
 * as an incremental update after the last signature, so that no signature is touched. Each signature so completed
 * gets its VRI entry (key: the SHA-1 of its /Contents), which also tells that it needs nothing more. When a
 * certificate names places to ask that do not answer, nothing is written: the document stays as it is (B-T) and is
 * completed later; a certificate that names none (self-signed, as the trial certificate) never makes it B-LT.
 */
public final class DonneesDeValidation {

    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final COSName VRI = COSName.getPDFName("VRI");
    private static final COSName CERTS = COSName.getPDFName("Certs");
    private static final COSName CRLS = COSName.getPDFName("CRLs");
    private static final COSName OCSPS = COSName.getPDFName("OCSPs");
    private static final COSName CERT = COSName.getPDFName("Cert");
    private static final COSName CRL = COSName.getPDFName("CRL");
    private static final COSName OCSP = COSName.getPDFName("OCSP");

    private final RevocationsEnLigne revocations;

    public DonneesDeValidation(RevocationsEnLigne revocations) {
        this.revocations = revocations;
    }

    /**
     * True when one of the signatures of a time-stamped document (see {@link MiseANiveau#aHorodater}, asked first)
     * still lacks revocation data its certificates say where to fetch (so that trying later may bring it to B-LT).
     */
    public static boolean aCompleter(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<String> faites = entreesVri(document);
            Set<X509Certificate> tous = tousLesCertificats(document, pdf);
            // the usual case of the trial certificate, told without checking any signature
            if (tous.stream().noneMatch(RevocationsEnLigne::aDesAdresses)) {
                return false;
            }
            for (PDSignature signature : document.getSignatureDictionaries()) {
                if (!faites.contains(cleVri(signature))) {
                    for (X509Certificate certificat : chaines(certificats(signature.getContents(pdf)), tous)) {
                        if (aVerifier(certificat, tous)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the document with its validation material added; the very same array when there is nothing to add (no
     *         certificate names where to ask, or all is there already); empty when some place to ask did not answer
     */
    public Optional<byte[]> completer(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<String> faites = entreesVri(document);
            Set<X509Certificate> tous = tousLesCertificats(document, pdf);
            Map<String, Materiel> aEcrire = new LinkedHashMap<>();
            for (PDSignature signature : document.getSignatureDictionaries()) {
                String cle = cleVri(signature);
                if (faites.contains(cle)) {
                    continue;
                }
                List<X509Certificate> chaine = chaines(certificats(signature.getContents(pdf)), tous);
                Materiel materiel = new Materiel(chaine, new ArrayList<>(), new ArrayList<>());
                for (X509Certificate certificat : chaine) {
                    if (!aVerifier(certificat, tous)) {
                        continue;
                    }
                    RevocationsEnLigne.Revocation trouvee = revocations.de(certificat, emetteur(certificat, tous).get());
                    if (trouvee.etat() == RevocationsEnLigne.Etat.INJOIGNABLE) {
                        return Optional.empty();
                    }
                    materiel.crls().addAll(trouvee.crls());
                    materiel.ocsps().addAll(trouvee.ocsps());
                }
                if (!materiel.crls().isEmpty() || !materiel.ocsps().isEmpty()) {
                    aEcrire.put(cle, materiel);
                }
            }
            if (aEcrire.isEmpty()) {
                return Optional.of(pdf);
            }
            ecrire(document, aEcrire);
            ByteArrayOutputStream sortie = new ByteArrayOutputStream(pdf.length + 20_000);
            document.saveIncremental(sortie);
            return Optional.of(sortie.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The chain of one signature and the revocation data fetched for it. */
    private record Materiel(List<X509Certificate> chaine, List<byte[]> crls, List<byte[]> ocsps) {
    }

    private static void ecrire(PDDocument document, Map<String, Materiel> aEcrire)
            throws IOException, CertificateException {
        COSDictionary catalogue = document.getDocumentCatalog().getCOSObject();
        COSDictionary dss = sousDictionnaire(catalogue, DSS);
        COSDictionary vri = sousDictionnaire(dss, VRI);
        Flux certs = new Flux(document, tableau(dss, CERTS));
        Flux crls = new Flux(document, tableau(dss, CRLS));
        Flux ocsps = new Flux(document, tableau(dss, OCSPS));
        for (Map.Entry<String, Materiel> entree : aEcrire.entrySet()) {
            COSDictionary element = new COSDictionary();
            COSArray siens = new COSArray();
            for (X509Certificate certificat : entree.getValue().chaine()) {
                siens.add(certs.ajouter(certificat.getEncoded()));
            }
            element.setItem(CERT, siens);
            if (!entree.getValue().crls().isEmpty()) {
                COSArray listes = new COSArray();
                entree.getValue().crls().forEach(c -> listes.add(crls.ajouter(c)));
                element.setItem(CRL, listes);
            }
            if (!entree.getValue().ocsps().isEmpty()) {
                COSArray reponses = new COSArray();
                entree.getValue().ocsps().forEach(o -> reponses.add(ocsps.ajouter(o)));
                element.setItem(OCSP, reponses);
            }
            element.setNeedToBeUpdated(true);
            vri.setItem(COSName.getPDFName(entree.getKey()), element);
        }
        for (COSName nom : List.of(CRLS, OCSPS)) {
            if (dss.getCOSArray(nom).size() == 0) {
                dss.removeItem(nom);
            }
        }
        dss.setNeedToBeUpdated(true);
        vri.setNeedToBeUpdated(true);
        catalogue.setNeedToBeUpdated(true);
    }

    /** One of the DSS arrays of DER streams: each content once, whatever the signatures sharing it. */
    private static final class Flux {

        private final PDDocument document;
        private final COSArray tableau;
        private final Map<String, COSStream> presents = new LinkedHashMap<>();

        Flux(PDDocument document, COSArray tableau) throws IOException {
            this.document = document;
            this.tableau = tableau;
            for (COSBase element : tableau) {
                COSBase objet = element instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : element;
                if (objet instanceof COSStream flux) {
                    try (var entree = flux.createInputStream()) {
                        presents.put(empreinte(entree.readAllBytes()), flux);
                    }
                }
            }
        }

        COSStream ajouter(byte[] der) {
            return presents.computeIfAbsent(empreinte(der), e -> {
                COSStream flux = document.getDocument().createCOSStream();
                try (OutputStream sortie = flux.createOutputStream(COSName.FLATE_DECODE)) {
                    sortie.write(der);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                flux.setNeedToBeUpdated(true);
                tableau.add(flux);
                tableau.setNeedToBeUpdated(true);
                return flux;
            });
        }
    }

    private static COSDictionary sousDictionnaire(COSDictionary parent, COSName nom) {
        COSDictionary present = parent.getCOSDictionary(nom);
        if (present != null) {
            return present;
        }
        COSDictionary nouveau = new COSDictionary();
        parent.setItem(nom, nouveau);
        return nouveau;
    }

    private static COSArray tableau(COSDictionary parent, COSName nom) {
        COSArray present = parent.getCOSArray(nom);
        if (present != null) {
            return present;
        }
        COSArray nouveau = new COSArray();
        parent.setItem(nom, nouveau);
        return nouveau;
    }

    /** Names the signature in the VRI dictionary: the SHA-1 of its /Contents, in upper-case hexadecimal. */
    private static String cleVri(PDSignature signature) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(signature.getContents()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> entreesVri(PDDocument document) {
        COSDictionary dss = document.getDocumentCatalog().getCOSObject().getCOSDictionary(DSS);
        COSDictionary vri = dss == null ? null : dss.getCOSDictionary(VRI);
        Set<String> cles = new LinkedHashSet<>();
        if (vri != null) {
            vri.keySet().forEach(n -> cles.add(n.getName().toUpperCase(java.util.Locale.ROOT)));
        }
        return cles;
    }

    /** A certificate whose revocation status can be asked: not a root, its issuer known, somewhere to ask. */
    private static boolean aVerifier(X509Certificate certificat, Set<X509Certificate> tous) {
        return !autoSigne(certificat) && emetteur(certificat, tous).isPresent()
                && RevocationsEnLigne.aDesAdresses(certificat);
    }

    /** The certificates of the signatures (and of their time-stamps), with those the DSS dictionary already holds. */
    private static Set<X509Certificate> tousLesCertificats(PDDocument document, byte[] pdf) throws IOException {
        Set<X509Certificate> tous = new LinkedHashSet<>();
        for (PDSignature signature : document.getSignatureDictionaries()) {
            tous.addAll(certificats(signature.getContents(pdf)));
        }
        COSDictionary dss = document.getDocumentCatalog().getCOSObject().getCOSDictionary(DSS);
        COSArray certs = dss == null ? null : dss.getCOSArray(CERTS);
        if (certs != null) {
            for (COSBase element : certs) {
                COSBase objet = element instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : element;
                if (objet instanceof COSStream flux) {
                    try (var entree = flux.createInputStream()) {
                        certificat(entree.readAllBytes()).ifPresent(tous::add);
                    }
                }
            }
        }
        return tous;
    }

    /** The certificates a signature carries: its CMS's, and those of the time-stamp tokens in it. */
    private static List<X509Certificate> certificats(byte[] contenu) {
        List<X509Certificate> trouves = new ArrayList<>();
        try (ASN1InputStream entree = new ASN1InputStream(contenu)) {
            CMSSignedData cms = new CMSSignedData(ContentInfo.getInstance(entree.readObject()));
            ajouter(cms, trouves);
            for (SignerInformation signataire : cms.getSignerInfos().getSigners()) {
                if (signataire.getUnsignedAttributes() == null) {
                    continue;
                }
                for (Attribute jeton : signataire.getUnsignedAttributes().toASN1Structure().getAttributes()) {
                    if (PKCSObjectIdentifiers.id_aa_signatureTimeStampToken.equals(jeton.getAttrType())) {
                        ajouter(new CMSSignedData(ContentInfo.getInstance(jeton.getAttrValues().getObjectAt(0))),
                                trouves);
                    }
                }
            }
        } catch (IOException | CMSException | RuntimeException e) {
            // a signature this code cannot read gets nothing added for it
        }
        return trouves;
    }

    private static void ajouter(CMSSignedData cms, List<X509Certificate> trouves) {
        for (X509CertificateHolder porteur : cms.getCertificates().getMatches(null)) {
            try {
                certificat(porteur.getEncoded()).ifPresent(trouves::add);
            } catch (IOException e) {
                // skipped, as above
            }
        }
    }

    private static Optional<X509Certificate> certificat(byte[] der) {
        try {
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der)));
        } catch (CertificateException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code depart} and, for each, its issuers up to a root, as far as they are known. */
    private static List<X509Certificate> chaines(List<X509Certificate> depart, Set<X509Certificate> tous) {
        Set<X509Certificate> chaine = new LinkedHashSet<>();
        for (X509Certificate certificat : depart) {
            X509Certificate courant = certificat;
            while (courant != null && chaine.add(courant) && !autoSigne(courant)) {
                courant = emetteur(courant, tous).orElse(null);
            }
        }
        return List.copyOf(chaine);
    }

    private static Optional<X509Certificate> emetteur(X509Certificate certificat, Set<X509Certificate> tous) {
        for (X509Certificate candidat : tous) {
            if (candidat.getSubjectX500Principal().equals(certificat.getIssuerX500Principal())) {
                try {
                    certificat.verify(candidat.getPublicKey());
                    return Optional.of(candidat);
                } catch (GeneralSecurityException | RuntimeException e) {
                    // same name, other key: not this one
                }
            }
        }
        return Optional.empty();
    }

    private static boolean autoSigne(X509Certificate certificat) {
        if (!certificat.getSubjectX500Principal().equals(certificat.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificat.verify(certificat.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static String empreinte(byte[] octets) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(octets));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
