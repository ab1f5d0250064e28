package fr.cellulepdp.app.document;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small certification authority for the tests: a root, and a signing certificate it issues whose CRL distribution
 * point and OCSP responder (authority information access) are on 127.0.0.1, where this authority serves them
 * (its CRL, built with BouncyCastle's X509v2CRLBuilder, and OCSP answers from its BasicOCSPRespBuilder) from the
 * JDK's HTTP server. It can be put out of order (every request answered 503), as a revocation server down.
 */
public final class AutoriteDeTest implements AutoCloseable {

    private final HttpServer serveur;
    private final KeyPair racine;
    private final X509Certificate certificatRacine;
    private final AtomicBoolean enPanne = new AtomicBoolean();
    private final AtomicBoolean sansOcsp = new AtomicBoolean();
    private final AtomicInteger listes = new AtomicInteger();
    private final AtomicInteger reponsesOcsp = new AtomicInteger();

    public AutoriteDeTest() throws Exception {
        racine = paire();
        X500Name nom = new X500Name("CN=Autorité de test, O=Tests, C=FR");
        Instant maintenant = Instant.now();
        var constructeur = new JcaX509v3CertificateBuilder(nom, BigInteger.ONE, Date.from(maintenant.minus(2,
                ChronoUnit.DAYS)), Date.from(maintenant.plus(3650, ChronoUnit.DAYS)), nom, racine.getPublic());
        constructeur.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        constructeur.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        certificatRacine = new JcaX509CertificateConverter().getCertificate(constructeur.build(signataire()));

        serveur = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serveur.createContext("/crl", echange -> repondre(echange, "application/pkix-crl", () -> {
            listes.incrementAndGet();
            return crl();
        }));
        serveur.createContext("/ocsp", echange -> repondre(echange, "application/ocsp-response", () -> {
            if (sansOcsp.get()) {
                return null;
            }
            reponsesOcsp.incrementAndGet();
            try (InputStream entree = echange.getRequestBody()) {
                return ocsp(new OCSPReq(entree.readAllBytes()));
            }
        }));
        serveur.start();
    }

    /**
     * A PKCS#12 file (password {@code motDePasse}) holding a signing key and its certificate issued by this
     * authority to {@code nom}, with the chain up to the root.
     */
    public byte[] certificat(String nom, char[] motDePasse) throws Exception {
        KeyPair cles = paire();
        Instant maintenant = Instant.now();
        var constructeur = new JcaX509v3CertificateBuilder(new JcaX509CertificateHolder(certificatRacine)
                .getSubject(), BigInteger.valueOf(maintenant.toEpochMilli()), Date.from(maintenant.minus(1,
                ChronoUnit.DAYS)), Date.from(maintenant.plus(365, ChronoUnit.DAYS)),
                new X500Name("CN=" + nom + ", O=CPAM, C=FR"), cles.getPublic());
        constructeur.addExtension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        constructeur.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                new DistributionPoint(new DistributionPointName(new GeneralNames(new GeneralName(
                        GeneralName.uniformResourceIdentifier, adresse() + "/crl"))), null, null)}));
        constructeur.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                new AccessDescription(AccessDescription.id_ad_ocsp, new GeneralName(
                        GeneralName.uniformResourceIdentifier, adresse() + "/ocsp"))));
        X509Certificate certificat = new JcaX509CertificateConverter().getCertificate(
                constructeur.build(signataire()));
        KeyStore magasin = KeyStore.getInstance("PKCS12");
        magasin.load(null, null);
        magasin.setKeyEntry("signature", cles.getPrivate(), motDePasse,
                new Certificate[] {certificat, certificatRacine});
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        magasin.store(sortie, motDePasse);
        return sortie.toByteArray();
    }

    /** Out of order: every request gets 503, as a revocation server down. */
    public void enPanne(boolean panne) {
        enPanne.set(panne);
    }

    /** The OCSP responder alone out of order (404), the CRL still served. */
    public void sansOcsp() {
        sansOcsp.set(true);
    }

    public int listesDelivrees() {
        return listes.get();
    }

    public int reponsesOcspDelivrees() {
        return reponsesOcsp.get();
    }

    private String adresse() {
        return "http://127.0.0.1:" + serveur.getAddress().getPort();
    }

    private byte[] crl() throws Exception {
        Date maintenant = new Date();
        X509v2CRLBuilder constructeur = new X509v2CRLBuilder(new JcaX509CertificateHolder(certificatRacine)
                .getSubject(), maintenant);
        constructeur.setNextUpdate(Date.from(maintenant.toInstant().plus(7, ChronoUnit.DAYS)));
        // a revoked certificate that is none of the signers', so that the list is not empty
        constructeur.addCRLEntry(BigInteger.valueOf(42), maintenant, CRLReason.superseded);
        return constructeur.build(signataire()).getEncoded();
    }

    /** « good » for every certificate asked about, signed by the root itself. */
    private byte[] ocsp(OCSPReq requete) throws Exception {
        X509CertificateHolder emetteur = new JcaX509CertificateHolder(certificatRacine);
        BasicOCSPRespBuilder constructeur = new BasicOCSPRespBuilder(new RespID(emetteur.getSubject()));
        for (Req demande : requete.getRequestList()) {
            constructeur.addResponse(demande.getCertID(), CertificateStatus.GOOD, new Date(),
                    Date.from(Instant.now().plus(1, ChronoUnit.DAYS)));
        }
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, constructeur.build(signataire(),
                new X509CertificateHolder[] {emetteur}, new Date())).getEncoded();
    }

    private interface Contenu {
        byte[] produire() throws Exception;
    }

    private void repondre(HttpExchange echange, String type, Contenu contenu) throws IOException {
        try (OutputStream sortie = echange.getResponseBody()) {
            if (enPanne.get()) {
                echange.sendResponseHeaders(503, -1);
                return;
            }
            byte[] octets = contenu.produire();
            if (octets == null) {
                echange.sendResponseHeaders(404, -1);
                return;
            }
            echange.getResponseHeaders().add("Content-Type", type);
            echange.sendResponseHeaders(200, octets.length);
            sortie.write(octets);
        } catch (Exception e) {
            echange.sendResponseHeaders(500, -1);
        }
    }

    private ContentSigner signataire() throws Exception {
        return new JcaContentSignerBuilder("SHA256withRSA").build(racine.getPrivate());
    }

    private static KeyPair paire() throws Exception {
        KeyPairGenerator generateur = KeyPairGenerator.getInstance("RSA");
        generateur.initialize(2048);
        return generateur.generateKeyPair();
    }

    @Override
    public void close() {
        serveur.stop(0);
    }
}
