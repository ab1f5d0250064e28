package fr.cellulepdp.reports.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Brings to PAdES B-T a document signed offline (B-B): a document time-stamp (subfilter ETSI.RFC3161) added as an
 * incremental update covers every signature before it, so each gets a trustworthy time without being touched.
 */
public final class MiseANiveau {

    private MiseANiveau() {
    }

    /** True when the last revision holds a signature with no time-stamp after it (nor in it). */
    public static boolean aHorodater(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return false;
            }
            PDSignature derniere = signatures.stream()
                    .max(java.util.Comparator.comparingInt(s -> s.getByteRange()[2] + s.getByteRange()[3])).get();
            return !COSName.DOC_TIME_STAMP.getName().equals(derniere.getCOSObject().getNameAsString(COSName.TYPE))
                    && !horodateeDansSaSignature(derniere.getContents(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the document with a document time-stamp, or empty when the authority gives none (still offline); a
     *         document that needs none comes back unchanged
     */
    public static Optional<byte[]> horodater(byte[] pdf, Horodatage horodatage) {
        if (!aHorodater(pdf)) {
            return Optional.of(pdf);
        }
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setType(COSName.DOC_TIME_STAMP);
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
            options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE);
            boolean[] obtenu = {false};
            document.addSignature(signature, contenu -> {
                Optional<TimeStampToken> jeton = horodatage.jeton(contenu.readAllBytes());
                obtenu[0] = jeton.isPresent();
                return jeton.isPresent() ? jeton.get().getEncoded() : new byte[0];
            }, options);
            ByteArrayOutputStream sortie = new ByteArrayOutputStream(pdf.length + 30_000);
            document.saveIncremental(sortie);
            return obtenu[0] ? Optional.of(sortie.toByteArray()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean horodateeDansSaSignature(byte[] contenu) {
        try (ASN1InputStream entree = new ASN1InputStream(contenu)) {
            CMSSignedData cms = new CMSSignedData(ContentInfo.getInstance(entree.readObject()));
            SignerInformation signataire = cms.getSignerInfos().getSigners().iterator().next();
            return signataire.getUnsignedAttributes() != null && signataire.getUnsignedAttributes()
                    .get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) != null;
        } catch (IOException | CMSException | RuntimeException e) {
            return false;
        }
    }
}
