package fr.cellulepdp.reports.signature;

import eu.europa.esig.dss.cms.CMS;
import eu.europa.esig.dss.cms.object.CMSObjectUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.bouncycastle.asn1.ASN1InputStream;

/**
 * EU DSS 6.3's CMS reader, given only the signature's first DER object: DSS 6.3 was built against BouncyCastle 1.81,
 * and BouncyCastle 1.80 and later refuse the zeros that pad a PDF signature's /Contents to its reserved size. DSS
 * does all the checking; this only hands it the CMS without the padding. Chosen by DSS's service loader (the test
 * classes come first on the class path).
 */
public final class CmsSansRembourrage extends CMSObjectUtils {

    @Override
    public CMS parseToCMS(byte[] octets) {
        try (ASN1InputStream entree = new ASN1InputStream(octets)) {
            return super.parseToCMS(entree.readObject().getEncoded("DER"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
