package fr.cellulepdp.reports.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The revocation data of a certificate, fetched where the certificate says: its OCSP responder (authority
 * information access) first, otherwise its CRL distribution points, over HTTP. What comes back is checked (signed
 * by the issuer, or by a responder the issuer certified; about this very certificate) before being kept. Answers
 * are kept for the life of this object: a pack signs some eighty times with the same certificate.
 */
public final class RevocationsEnLigne {

    private static final System.Logger JOURNAL = System.getLogger(RevocationsEnLigne.class.getName());
    private static final int DELAI_MS = 8_000;

    /** What was found for one certificate. */
    public record Revocation(Etat etat, List<byte[]> crls, List<byte[]> ocsps) {

        static Revocation sans(Etat etat) {
            return new Revocation(etat, List.of(), List.of());
        }
    }

    public enum Etat {
        /** A checked CRL or OCSP response. */
        TROUVEE,
        /** The certificate names no place to ask (self-signed, no distribution point): nothing will ever come. */
        SANS_ADRESSE,
        /** The places it names did not answer well (offline, server down): to try again later. */
        INJOIGNABLE
    }

    private final Map<String, Optional<byte[]>> reponses = new ConcurrentHashMap<>();

    /** The revocation data of {@code certificat}, issued by {@code emetteur}. */
    public Revocation de(X509Certificate certificat, X509Certificate emetteur) {
        List<String> ocsp = adressesOcsp(certificat);
        List<String> crl = adressesCrl(certificat);
        if (ocsp.isEmpty() && crl.isEmpty()) {
            return Revocation.sans(Etat.SANS_ADRESSE);
        }
        for (String adresse : ocsp) {
            Optional<byte[]> reponse = reponses.computeIfAbsent("ocsp " + adresse + " " + certificat.getSerialNumber(),
                    cle -> ocsp(adresse, certificat, emetteur));
            if (reponse.isPresent()) {
                return new Revocation(Etat.TROUVEE, List.of(), List.of(reponse.get()));
            }
        }
        for (String adresse : crl) {
            Optional<byte[]> liste = reponses.computeIfAbsent("crl " + adresse, cle -> crl(adresse, emetteur));
            if (liste.isPresent()) {
                return new Revocation(Etat.TROUVEE, List.of(liste.get()), List.of());
            }
        }
        return Revocation.sans(Etat.INJOIGNABLE);
    }

    /** True when the certificate names somewhere to ask for its revocation status. */
    static boolean aDesAdresses(X509Certificate certificat) {
        return !adressesOcsp(certificat).isEmpty() || !adressesCrl(certificat).isEmpty();
    }

    private static Optional<byte[]> ocsp(String adresse, X509Certificate certificat, X509Certificate emetteur) {
        try {
            CertificateID identifiant = new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                    .get(CertificateID.HASH_SHA1), new JcaX509CertificateHolder(emetteur), certificat.getSerialNumber());
            OCSPReq requete = new OCSPReqBuilder().addRequest(identifiant).build();
            Optional<byte[]> octets = echanger(adresse, "application/ocsp-request", requete.getEncoded());
            if (octets.isEmpty()) {
                return Optional.empty();
            }
            OCSPResp reponse = new OCSPResp(octets.get());
            if (reponse.getStatus() != OCSPResp.SUCCESSFUL
                    || !(reponse.getResponseObject() instanceof BasicOCSPResp base)) {
                JOURNAL.log(System.Logger.Level.WARNING, "Réponse OCSP refusée (statut " + reponse.getStatus() + ")");
                return Optional.empty();
            }
            boolean concerne = false;
            for (SingleResp une : base.getResponses()) {
                concerne |= une.getCertID().equals(identifiant);
            }
            if (!concerne || !signeeParLEmetteur(base, emetteur)) {
                JOURNAL.log(System.Logger.Level.WARNING, "Réponse OCSP écartée : ni sur ce certificat ni signée "
                        + "par son émetteur");
                return Optional.empty();
            }
            return Optional.of(reponse.getEncoded());
        } catch (IOException | OCSPException | OperatorCreationException | org.bouncycastle.cert.CertException
                 | GeneralSecurityException | RuntimeException e) {
            JOURNAL.log(System.Logger.Level.INFO, "Réponse OCSP illisible (" + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
    }

    /** Signed by the issuer itself, or by a responder certificate the issuer signed. */
    private static boolean signeeParLEmetteur(BasicOCSPResp reponse, X509Certificate emetteur)
            throws OperatorCreationException, OCSPException, org.bouncycastle.cert.CertException,
            java.security.cert.CertificateException {
        var verificateurs = new JcaContentVerifierProviderBuilder();
        if (reponse.isSignatureValid(verificateurs.build(emetteur.getPublicKey()))) {
            return true;
        }
        for (X509CertificateHolder repondeur : reponse.getCerts()) {
            if (repondeur.isSignatureValid(verificateurs.build(emetteur.getPublicKey()))
                    && reponse.isSignatureValid(verificateurs.build(repondeur))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<byte[]> crl(String adresse, X509Certificate emetteur) {
        try {
            Optional<byte[]> octets = echanger(adresse, null, null);
            if (octets.isEmpty()) {
                return Optional.empty();
            }
            X509CRL liste = (X509CRL) CertificateFactory.getInstance("X.509")
                    .generateCRL(new ByteArrayInputStream(octets.get()));
            liste.verify(emetteur.getPublicKey());
            return Optional.of(liste.getEncoded());
        } catch (GeneralSecurityException | RuntimeException e) {
            JOURNAL.log(System.Logger.Level.WARNING, "Liste de révocation écartée (" + e.getClass().getSimpleName()
                    + ")");
            return Optional.empty();
        }
    }

    /** GET when {@code corps} is null, POST otherwise; empty when the server cannot be reached or refuses. */
    private static Optional<byte[]> echanger(String adresse, String type, byte[] corps) {
        try {
            HttpURLConnection connexion = (HttpURLConnection) URI.create(adresse).toURL().openConnection();
            connexion.setConnectTimeout(DELAI_MS);
            connexion.setReadTimeout(DELAI_MS);
            if (corps != null) {
                connexion.setDoOutput(true);
                connexion.setRequestMethod("POST");
                connexion.setRequestProperty("Content-Type", type);
                try (OutputStream sortie = connexion.getOutputStream()) {
                    sortie.write(corps);
                }
            }
            if (connexion.getResponseCode() != HttpURLConnection.HTTP_OK) {
                JOURNAL.log(System.Logger.Level.INFO, "Données de révocation indisponibles : HTTP "
                        + connexion.getResponseCode());
                return Optional.empty();
            }
            try (InputStream entree = connexion.getInputStream()) {
                return Optional.of(entree.readAllBytes());
            }
        } catch (IOException | IllegalArgumentException e) {
            JOURNAL.log(System.Logger.Level.INFO, "Données de révocation indisponibles ("
                    + e.getClass().getSimpleName() + ") : complétées plus tard");
            return Optional.empty();
        }
    }

    private static List<String> adressesOcsp(X509Certificate certificat) {
        List<String> adresses = new ArrayList<>();
        extension(certificat, Extension.authorityInfoAccess).ifPresent(valeur -> {
            for (AccessDescription acces : AuthorityInformationAccess.getInstance(valeur).getAccessDescriptions()) {
                if (AccessDescription.id_ad_ocsp.equals(acces.getAccessMethod())) {
                    http(acces.getAccessLocation()).ifPresent(adresses::add);
                }
            }
        });
        return adresses;
    }

    private static List<String> adressesCrl(X509Certificate certificat) {
        List<String> adresses = new ArrayList<>();
        extension(certificat, Extension.cRLDistributionPoints).ifPresent(valeur -> {
            for (DistributionPoint point : CRLDistPoint.getInstance(valeur).getDistributionPoints()) {
                DistributionPointName nom = point.getDistributionPoint();
                if (nom != null && nom.getType() == DistributionPointName.FULL_NAME) {
                    for (GeneralName general : GeneralNames.getInstance(nom.getName()).getNames()) {
                        http(general).ifPresent(adresses::add);
                    }
                }
            }
        });
        return adresses;
    }

    private static Optional<String> http(GeneralName nom) {
        if (nom.getTagNo() != GeneralName.uniformResourceIdentifier) {
            return Optional.empty();
        }
        String adresse = nom.getName().toString();
        // LDAP and other schemes are not fetched
        return adresse.startsWith("http://") || adresse.startsWith("https://") ? Optional.of(adresse)
                : Optional.empty();
    }

    private static Optional<ASN1Primitive> extension(X509Certificate certificat,
                                                     org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
        byte[] valeur = certificat.getExtensionValue(oid.getId());
        if (valeur == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(valeur).getOctets()));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
