package fr.cellulepdp.app.document;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF on a signed document: the PDF/A-2a and PDF/UA-1 rules it breaks, empty when it keeps both. */
final class ValidationVeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private ValidationVeraPdf() {
    }

    static String reglesEnfreintes(byte[] pdf) throws Exception {
        StringBuilder enfreintes = new StringBuilder();
        for (PDFAFlavour profil : List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1)) {
            try (PDFAParser lecteur = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), profil);
                 PDFAValidator validateur = Foundries.defaultInstance().createValidator(profil, false)) {
                ValidationResult resultat = validateur.validate(lecteur);
                enfreintes.append(resultat.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                        .map(a -> profil.getId() + " " + a.getRuleId().getClause() + " " + a.getMessage() + "\n")
                        .distinct().collect(Collectors.joining()));
            }
        }
        return enfreintes.toString();
    }
}
