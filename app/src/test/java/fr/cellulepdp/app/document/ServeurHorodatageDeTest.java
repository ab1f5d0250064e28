package fr.cellulepdp.app.document;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A real RFC 3161 time-stamp authority on 127.0.0.1 for the tests (BouncyCastle's TimeStampResponseGenerator in
 * the JDK's HTTP server), with its own self-signed certificate; it may require basic credentials.
 */
public final class ServeurHorodatageDeTest implements AutoCloseable {

    private final HttpServer serveur;
    private final AtomicInteger jetons = new AtomicInteger();

    public ServeurHorodatageDeTest(String autorisationAttendue) throws Exception {
        KeyPairGenerator generateur = KeyPairGenerator.getInstance("RSA");
        generateur.initialize(2048);
        KeyPair cles = generateur.generateKeyPair();
        X500Name nom = new X500Name("CN=Horodatage de test, O=Tests, C=FR");
        Instant maintenant = Instant.now();
        var constructeur = new JcaX509v3CertificateBuilder(nom, BigInteger.valueOf(maintenant.toEpochMilli()),
                Date.from(maintenant.minus(1, ChronoUnit.DAYS)), Date.from(maintenant.plus(365, ChronoUnit.DAYS)),
                nom, cles.getPublic());
        constructeur.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        X509Certificate certificat = new JcaX509CertificateConverter().getCertificate(
                constructeur.build(new JcaContentSignerBuilder("SHA256withRSA").build(cles.getPrivate())));
        TimeStampTokenGenerator jetonneur = new TimeStampTokenGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().build()).build(
                new JcaContentSignerBuilder("SHA256withRSA").build(cles.getPrivate()), certificat),
                new JcaDigestCalculatorProviderBuilder().build().get(
                        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.250.1.999.1"));
        jetonneur.addCertificates(new JcaCertStore(List.of(certificat)));
        TimeStampResponseGenerator reponses = new TimeStampResponseGenerator(jetonneur, TSPAlgorithms.ALLOWED);

        serveur = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serveur.createContext("/tsa", echange -> {
            try (InputStream entree = echange.getRequestBody(); OutputStream sortie = echange.getResponseBody()) {
                if (autorisationAttendue != null && !autorisationAttendue.equals(
                        echange.getRequestHeaders().getFirst("Authorization"))) {
                    echange.sendResponseHeaders(401, -1);
                    return;
                }
                TimeStampRequest requete = new TimeStampRequest(entree.readAllBytes());
                byte[] reponse = reponses.generate(requete, BigInteger.valueOf(jetons.incrementAndGet()), new Date())
                        .getEncoded();
                echange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                echange.sendResponseHeaders(200, reponse.length);
                sortie.write(reponse);
            } catch (Exception e) {
                echange.sendResponseHeaders(500, -1);
            }
        });
        serveur.start();
    }

    public URI adresse() {
        return URI.create("http://127.0.0.1:" + serveur.getAddress().getPort() + "/tsa");
    }

    public int jetonsDelivres() {
        return jetons.get();
    }

    @Override
    public void close() {
        serveur.stop(0);
    }
}
