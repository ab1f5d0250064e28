package fr.cellulepdp.reports.document;

import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.document.DocumentPdf;
import java.io.IOException;

/** Documents of the demo cell for the tests of other packages (signatures, benchmark). */
public final class DocumentsDeTest {

    private DocumentsDeTest() {
    }

    public static DocumentPdf lettreRefus() {
        ContenuDemo.Lettre cas = ContenuDemo.lettre(IssueDecision.REFUS);
        return new GenerateurPdf().notification(cas.contenu(), cas.point(), cas.decision(),
                fr.cellulepdp.model.notification.Destinataire.ASSURE);
    }

    /** The same letter, posted to a person whose personal code is printed in it. */
    public static DocumentPdf lettreRefusAvecCode(String code) {
        ContenuDemo.Lettre cas = ContenuDemo.lettre(IssueDecision.REFUS);
        return new GenerateurPdf().notification(cas.contenu(), cas.point(), cas.decision(),
                fr.cellulepdp.model.notification.Destinataire.ASSURE, java.util.Optional.of(code));
    }

    public static DocumentPdf procesVerbal() {
        return new GenerateurPdf().procesVerbal(ContenuDemo.derniereSeanceCloturee(), false);
    }

    public static String reglesPdfAEnfreintes(byte[] pdf) throws Exception {
        return ValidationPdfA.reglesEnfreintes(pdf);
    }

    public static String reglesPdfUaEnfreintes(byte[] pdf) throws Exception {
        return ValidationPdfA.reglesPdfUaEnfreintes(pdf);
    }

    public static void garder(String nom, byte[] pdf) throws IOException {
        GenerateurPdfTest.garder(nom, pdf);
    }
}
