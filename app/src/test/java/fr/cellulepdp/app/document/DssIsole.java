package fr.cellulepdp.app.document;

import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The DSS side of {@link ValidationDss}, loaded in a class loader of its own (JDK types only cross it): one line
 * per signature, « signer \t level \t intact \t type:intact,… ».
 */
public final class DssIsole {

    private DssIsole() {
    }

    public static List<String> analyser(byte[] pdf) {
        SignedDocumentValidator validateur = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        validateur.setCertificateVerifier(new CommonCertificateVerifier());
        Reports rapports = validateur.validateDocument();
        SimpleReport simple = rapports.getSimpleReport();
        DiagnosticData diagnostic = rapports.getDiagnosticData();
        return simple.getSignatureIdList().stream().map(id -> {
            SignatureWrapper signature = diagnostic.getSignatureById(id);
            String horodatages = signature.getTimestampList().stream()
                    .map(t -> t.getType().name() + ":" + intact(t)).collect(Collectors.joining(","));
            return simple.getSignedBy(id) + "\t" + simple.getSignatureFormat(id).name() + "\t"
                    + (signature.isSignatureIntact() && signature.isSignatureValid()) + "\t" + horodatages;
        }).toList();
    }

    private static boolean intact(TimestampWrapper horodatage) {
        return horodatage.isMessageImprintDataFound() && horodatage.isMessageImprintDataIntact()
                && horodatage.isSignatureIntact();
    }
}
