package fr.cellulepdp.reports.document;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the reference PDF/A and PDF/UA validator, on a document in memory: the failed rules, or empty when
 * compliant. The documents claim PDF/A-2a (tagged) and PDF/UA-1.
 */
public final class ValidationPdfA {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private ValidationPdfA() {
    }

    /** The PDF/A-2a rules the document breaks. */
    public static String reglesEnfreintes(byte[] pdf) throws Exception {
        return reglesEnfreintes(pdf, PDFAFlavour.PDFA_2_A);
    }

    /** The PDF/UA-1 rules (veraPDF's machine-checkable part of the Matterhorn protocol) the document breaks. */
    public static String reglesPdfUaEnfreintes(byte[] pdf) throws Exception {
        return reglesEnfreintes(pdf, PDFAFlavour.PDFUA_1);
    }

    public static String reglesEnfreintes(byte[] pdf, PDFAFlavour profil) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), profil);
             PDFAValidator validateur = Foundries.defaultInstance().createValidator(profil, false)) {
            ValidationResult resultat = validateur.validate(parser);
            return resultat.isCompliant() ? "" : resultat.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> profil.getId() + " " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
        }
    }
}
