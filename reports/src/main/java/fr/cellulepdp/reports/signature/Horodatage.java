package fr.cellulepdp.reports.signature;

import java.io.IOException;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.tsp.TimeStampToken;

/** An RFC 3161 time-stamp authority, asked for a token over some bytes (a signature value, a whole revision). */
public interface Horodatage {

    /** No authority set: signatures stay PAdES B-B. */
    Horodatage AUCUN = donnees -> Optional.empty();

    /**
     * @return the authority's token over the SHA-256 of {@code donnees}, or empty when it cannot be reached (offline):
     *         the signature is then made without, and time-stamped later
     */
    Optional<TimeStampToken> jeton(byte[] donnees);

    /** The signature with the token over its signature value as the signature-time-stamp attribute, when given. */
    static CMSSignedData apposer(CMSSignedData signee, Horodatage horodatage) throws IOException {
        SignerInformation signataire = signee.getSignerInfos().getSigners().iterator().next();
        Optional<TimeStampToken> jeton = horodatage.jeton(signataire.getSignature());
        if (jeton.isEmpty()) {
            return signee;
        }
        ASN1EncodableVector attributs = new ASN1EncodableVector();
        attributs.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(jeton.get().getEncoded()))));
        SignerInformation horodate = SignerInformation.replaceUnsignedAttributes(signataire,
                new AttributeTable(attributs));
        return CMSSignedData.replaceSigners(signee, new SignerInformationStore(horodate));
    }
}
