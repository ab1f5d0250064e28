package fr.cellulepdp.reports.signature;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed signing certificate in a PKCS#12 file, to try signatures before the CPAM issues a real one. It
 * proves integrity (any change is detected) but not identity: validators report it as untrusted.
 */
public final class CertificatAutoSigne {

    public static final String ALIAS = "signature";

    private CertificatAutoSigne() {
    }

    /** @return the PKCS#12 file's content, protected by {@code motDePasse} */
    public static byte[] creer(String nom, String organisation, char[] motDePasse, Instant maintenant) {
        try {
            KeyPairGenerator generateur = KeyPairGenerator.getInstance("RSA");
            generateur.initialize(2048, new SecureRandom());
            KeyPair cles = generateur.generateKeyPair();
            var sujet = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, nom).addRDN(BCStyle.O, organisation)
                    .addRDN(BCStyle.C, "FR").build();
            X509v3CertificateBuilder constructeur = new JcaX509v3CertificateBuilder(sujet,
                    new BigInteger(64, new SecureRandom()), Date.from(maintenant.minus(1, ChronoUnit.DAYS)),
                    Date.from(maintenant.plus(3 * 365, ChronoUnit.DAYS)), sujet, cles.getPublic());
            constructeur.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificat = new JcaX509CertificateConverter().getCertificate(constructeur.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(cles.getPrivate())));
            KeyStore magasin = KeyStore.getInstance("PKCS12");
            magasin.load(null, null);
            magasin.setKeyEntry(ALIAS, cles.getPrivate(), motDePasse, new Certificate[] {certificat});
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            magasin.store(sortie, motDePasse);
            return sortie.toByteArray();
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("création du certificat impossible : " + e.getMessage(), e);
        }
    }
}
