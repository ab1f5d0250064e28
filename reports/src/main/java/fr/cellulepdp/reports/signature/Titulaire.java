package fr.cellulepdp.reports.signature;

import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Who a signing certificate names: its holder's common name (CN), which validators show as the signer, and their
 * function — the certificate's title (T) when it has one, otherwise the one the signatory's record gives.
 */
public record Titulaire(String nom, String fonction) {

    public static Titulaire de(X509Certificate certificat, String fonctionParDefaut) {
        X500Name sujet = X500Name.getInstance(certificat.getSubjectX500Principal().getEncoded());
        String titre = valeur(sujet, BCStyle.T);
        return new Titulaire(valeur(sujet, BCStyle.CN), titre.isEmpty() ? fonctionParDefaut : titre);
    }

    private static String valeur(X500Name sujet, ASN1ObjectIdentifier type) {
        RDN[] rdns = sujet.getRDNs(type);
        return rdns.length == 0 ? "" : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
