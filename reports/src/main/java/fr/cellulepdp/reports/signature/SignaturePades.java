package fr.cellulepdp.reports.signature;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.document.CertificatSignature;
import fr.cellulepdp.model.document.EmplacementSignature;
import fr.cellulepdp.model.document.SignatureDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;
import fr.cellulepdp.model.commun.Horloge;
import java.util.Collections;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * PAdES baseline signatures: a detached CAdES signature (subfilter ETSI.CAdES.detached) with the
 * signing-certificate-v2 attribute and no signing-time attribute (the time is the signature dictionary's /M), made
 * with BouncyCastle and written by PDFBox as an incremental update, so that a second signature (the secretary's
 * after the coordinatrice's) leaves the first one valid. B-B; B-T when a time-stamp authority answers (its token
 * over the signature value, as the signature-time-stamp attribute); B-LT when, besides, the revocation data the
 * certificates point to can be fetched (a DSS dictionary in a further incremental update). The signature draws its own appearance in the
 * frame the document kept for it: the name and function of the certificate's holder and the moment of signing.
 */
public final class SignaturePades implements SignatureDocuments {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm",
            Locale.FRANCE);

    private final Horodatage horodatage;
    private final DonneesDeValidation validation = new DonneesDeValidation(new RevocationsEnLigne());

    /** Signatures without time-stamp (PAdES B-B). */
    public SignaturePades() {
        this(Horodatage.AUCUN);
    }

    /**
     * Signatures time-stamped by {@code horodatage} when it answers (B-T), with their validation material when it
     * can be fetched (B-LT); B-B otherwise.
     */
    public SignaturePades(Horodatage horodatage) {
        this.horodatage = horodatage;
    }

    /**
     * The last certificate opened and its key: a pack signs some eighty times with the same one, and opening a
     * PKCS#12 file costs three times 10 000 key-derivation rounds. Held only as long as this object.
     */
    private Ouvert dernier;

    @Override
    public byte[] signer(byte[] pdf, EmplacementSignature emplacement, CertificatSignature certificat) {
        Cle cle = cle(certificat);
        java.util.concurrent.atomic.AtomicReference<org.bouncycastle.tsp.TimeStampToken> jeton =
                new java.util.concurrent.atomic.AtomicReference<>();
        byte[] signe;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            signe = signer(document, pdf.length, emplacement, certificat, cle, donnees -> {
                Optional<org.bouncycastle.tsp.TimeStampToken> obtenu = horodatage.jeton(donnees);
                obtenu.ifPresent(jeton::set);
                return obtenu;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // time-stamped: B-LT if the revocation data answers; otherwise it stays B-T and is completed later
        return jeton.get() != null && aDesAdresses(cle, jeton.get()) ? validation.completer(signe).orElse(signe)
                : signe;
    }

    /** Whether a certificate of the signer's chain or of the authority's names where to ask its revocation status. */
    private static boolean aDesAdresses(Cle cle, org.bouncycastle.tsp.TimeStampToken jeton) {
        var convertisseur = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter();
        return cle.chaine().stream().anyMatch(RevocationsEnLigne::aDesAdresses) || jeton.getCertificates()
                .getMatches(null).stream().anyMatch(c -> {
                    try {
                        return RevocationsEnLigne.aDesAdresses(convertisseur.getCertificate(c));
                    } catch (java.security.cert.CertificateException e) {
                        return false;
                    }
                });
    }

    @Override
    public byte[] signerAvecSceau(byte[] pdf, EmplacementSignature emplacement, CertificatSignature certificat,
                                  String sceauJournal) {
        ByteArrayOutputStream scelle = new ByteArrayOutputStream(pdf.length + 1_000);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // written in the revision the signature then covers whole (a custom entry: no XMP counterpart to match)
            document.getDocumentInformation().setCustomMetadataValue(CLE_SCEAU_JOURNAL, sceauJournal);
            document.save(scelle);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // time-stamped and completed to B-LT like any other signature
        return signer(scelle.toByteArray(), emplacement, certificat);
    }

    /** The trail's seal a signed document carries, if any (see {@link #signerAvecSceau}). */
    public static Optional<String> sceauJournal(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Optional.ofNullable(document.getDocumentInformation().getCustomMetadataValue(CLE_SCEAU_JOURNAL));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public byte[] chiffrerEtSigner(byte[] pdf, EmplacementSignature emplacement, CertificatSignature certificat,
                                   String motDePasse) {
        Cle cle = cle(certificat);
        try {
            byte[] chiffre = chiffrer(pdf, motDePasse);
            // the encrypted copy stays B-T: it is not completed, its password being forgotten once sent
            try (PDDocument document = Loader.loadPDF(chiffre, motDePasse)) {
                return signer(document, chiffre.length, emplacement, certificat, cle, horodatage);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    /** The document encrypted (AES-256) with {@code motDePasse}, modifications not allowed; it no longer claims PDF/A. */
    static byte[] chiffrer(byte[] pdf, String motDePasse) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            fr.cellulepdp.reports.pdf.SansPdfA.retirer(document);
            AccessPermission droits = new AccessPermission();
            droits.setCanModify(false);
            // the owner password is random and forgotten: nobody can lift the protection
            StandardProtectionPolicy protection = new StandardProtectionPolicy(
                    java.util.UUID.randomUUID().toString(), motDePasse, droits);
            protection.setEncryptionKeyLength(256);
            document.protect(protection);
            ByteArrayOutputStream sortie = new ByteArrayOutputStream(pdf.length + 4_000);
            document.save(sortie);
            return sortie.toByteArray();
        }
    }

    private static byte[] signer(PDDocument document, int taille, EmplacementSignature emplacement,
                                 CertificatSignature certificat, Cle cle, Horodatage horodatage) throws IOException {
        try (SignatureOptions options = new SignatureOptions()) {
            Optional<PDSignatureField> champ = champLibre(document, emplacement);
            // the function the frame awaited (« Secrétaire de séance — … »), unless the certificate states one
            String fonction = champ.map(PDSignatureField::getMappingName).filter(f -> f != null && !f.isBlank())
                    .orElse(certificat.fonction());
            Titulaire titulaire = Titulaire.de(cle.certificat(), fonction);
            Calendar moment = Calendar.getInstance(TimeZone.getTimeZone(Horloge.FUSEAU_PARIS));
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(titulaire.nom());
            signature.setReason(titulaire.fonction());
            signature.setSignDate(moment);
            options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
            options.setPage(emplacement.page());
            options.setVisualSignature(new ByteArrayInputStream(ModeleApparence.signee(
                    document.getPage(emplacement.page()).getMediaBox(), emplacement, List.of(
                            "Signé électroniquement par", titulaire.nom(), titulaire.fonction(),
                            "le " + MOMENT.format(moment.toInstant().atZone(Horloge.FUSEAU_PARIS))))));
            // the document's own empty field on this frame, if it has one, receives the signature
            champ.ifPresent(c -> c.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.V, signature));
            document.addSignature(signature, contenu -> cms(contenu, cle, horodatage), options);
            ByteArrayOutputStream sortie = new ByteArrayOutputStream(taille + 60_000);
            document.saveIncremental(sortie);
            return sortie.toByteArray();
        }
    }

    @Override
    public List<EmplacementSignature> emplacementsLibres(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<EmplacementSignature> libres = new java.util.ArrayList<>();
            for (PDSignatureField champ : document.getSignatureFields()) {
                if (champ.getSignature() == null && !champ.getWidgets().isEmpty()) {
                    libres.add(emplacement(document, champ));
                }
            }
            return libres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmplacementSignature emplacement(PDDocument document, PDSignatureField champ) {
        PDAnnotationWidget widget = champ.getWidgets().get(0);
        PDRectangle r = widget.getRectangle();
        int page = widget.getPage() == null ? 0 : document.getPages().indexOf(widget.getPage());
        String signataire = champ.getAlternateFieldName() == null ? "" : champ.getAlternateFieldName();
        return new EmplacementSignature(page, r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight(),
                signataire);
    }

    private static java.util.Optional<PDSignatureField> champLibre(PDDocument document, EmplacementSignature cible)
            throws IOException {
        for (PDSignatureField champ : document.getSignatureFields()) {
            if (champ.getSignature() == null && !champ.getWidgets().isEmpty()) {
                EmplacementSignature e = emplacement(document, champ);
                if (e.page() == cible.page() && Math.abs(e.x() - cible.x()) < 1 && Math.abs(e.y() - cible.y()) < 1) {
                    return java.util.Optional.of(champ);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The key, its certificate and the chain above it as the file gives it (none for a self-signed one). */
    private record Cle(PrivateKey privee, X509Certificate certificat, List<X509Certificate> chaine) {
    }

    private record Ouvert(CertificatSignature certificat, Cle cle) {
    }

    /**
     * The key of this very certificate object (same file content and password), opened once: the threads signing
     * a pack together wait for the first one to open it rather than each opening it.
     */
    private synchronized Cle cle(CertificatSignature certificat) {
        if (dernier == null || dernier.certificat() != certificat) {
            dernier = new Ouvert(certificat, ouvrir(certificat));
        }
        return dernier.cle();
    }

    private static Cle ouvrir(CertificatSignature certificat) {
        try {
            KeyStore magasin = KeyStore.getInstance("PKCS12");
            magasin.load(new ByteArrayInputStream(certificat.pkcs12()), certificat.motDePasse());
            for (String alias : Collections.list(magasin.aliases())) {
                if (magasin.isKeyEntry(alias)) {
                    java.security.cert.Certificate[] chaine = magasin.getCertificateChain(alias);
                    return new Cle((PrivateKey) magasin.getKey(alias, certificat.motDePasse()),
                            (X509Certificate) magasin.getCertificate(alias), chaine == null
                            ? List.of((X509Certificate) magasin.getCertificate(alias))
                            : java.util.Arrays.stream(chaine).map(X509Certificate.class::cast).toList());
                }
            }
            throw new SaisieInvalideException("certificat", "le fichier ne contient pas de clé de signature.");
        } catch (IOException | GeneralSecurityException e) {
            throw new SaisieInvalideException("certificat", "le certificat ne s'ouvre pas : mot de passe erroné ou "
                    + "fichier qui n'est pas au format PKCS#12 (.p12, .pfx).");
        }
    }

    /**
     * The detached CMS signature of the bytes PDFBox gives (the file but the signature's own place), with the
     * time-stamp authority's token over its signature value when it answers.
     */
    private static byte[] cms(InputStream contenu, Cle cle, Horodatage horodatage) throws IOException {
        try {
            byte[] octets = contenu.readAllBytes();
            byte[] empreinte = MessageDigest.getInstance("SHA-256").digest(cle.certificat().getEncoded());
            ESSCertIDv2 identifiant = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    empreinte, new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(
                            cle.certificat().getIssuerX500Principal().getEncoded()))), cle.certificat().getSerialNumber()));
            ASN1EncodableVector attributs = new ASN1EncodableVector();
            attributs.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {identifiant}))));
            CMSSignedDataGenerator generateur = new CMSSignedDataGenerator();
            generateur.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new SansHeureDeSignature(new AttributeTable(attributs)))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(cle.privee()), cle.certificat()));
            // the whole chain, so that a validator (and the B-LT step) finds the issuers without asking anyone
            generateur.addCertificates(new JcaCertStore(cle.chaine()));
            // DER, as PAdES asks (EN 319 142-1 §6.3): definite lengths, so the zeros after it are only padding
            return Horodatage.apposer(generateur.generate(new CMSProcessableByteArray(octets), false), horodatage)
                    .getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("signature impossible : " + e.getMessage(), e);
        }
    }

    /** PAdES forbids the CMS signing-time attribute: the signing time is the signature dictionary's /M. */
    private static final class SansHeureDeSignature extends DefaultSignedAttributeTableGenerator {

        SansHeureDeSignature(AttributeTable attributs) {
            super(attributs);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected Hashtable createStandardAttributeTable(Map parametres) {
            Hashtable table = super.createStandardAttributeTable(parametres);
            table.remove(CMSAttributes.signingTime);
            return table;
        }
    }
}
