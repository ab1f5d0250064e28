package fr.cellulepdp.reports.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import fr.cellulepdp.model.document.CertificatSignature;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.notification.CodeCourriel;
import fr.cellulepdp.reports.document.DocumentsDeTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.junit.jupiter.api.Test;

/** The copy e-mailed to the person, protected by their personal code, as EU DSS and a reader see it. */
class CopieCourrielTest {

    private static final char[] MOT_DE_PASSE = "essai-signature".toCharArray();

    @Test
    void the_copy_opens_with_the_code_keeps_its_signature_intact_and_claims_no_pdf_a() throws Exception {
        CertificatSignature coordinatrice = new CertificatSignature(CertificatAutoSigne.creer("Hélène Martinel",
                "CPAM de la Nièvre", MOT_DE_PASSE, Instant.parse("2026-11-23T09:00:00Z")), MOT_DE_PASSE,
                "Hélène Martinel", "Responsable du service social");
        String code = CodeCourriel.nouveau(UUID.randomUUID(), Instant.now()).code();
        DocumentPdf lettre = DocumentsDeTest.lettreRefus();

        byte[] envoi = new SignaturePades().chiffrerEtSigner(lettre.contenu(), lettre.emplacements().get(0),
                coordinatrice, code);

        assertThatThrownBy(() -> Loader.loadPDF(envoi, code.replace("-", ""))).isInstanceOf(InvalidPasswordException.class);
        try (var document = Loader.loadPDF(envoi, code)) {
            assertThat(document.getEncryption().getLength()).isEqualTo(256);
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).as("PDF/A interdit le chiffrement : la copie ne s'en réclame pas")
                    .doesNotContain("pdfaid").contains("dc:title");
        }
        PDFDocumentValidator dss = new PDFDocumentValidator(new InMemoryDocument(envoi));
        dss.setPasswordProtection(code.toCharArray());
        dss.setCertificateVerifier(new CommonCertificateVerifier());
        // the diagnostic data: what DSS finds in the file (cryptographic checks), before any trust policy
        SignatureWrapper signature = new eu.europa.esig.dss.diagnostic.DiagnosticData(dss.getDiagnosticData())
                .getSignatures().get(0);
        assertThat(signature.isSignatureIntact()).as("DSS : signature intacte").isTrue();
        assertThat(signature.isSignatureValid()).isTrue();
        assertThat(signature.getSigningCertificate().getCommonName()).isEqualTo("Hélène Martinel");
        DocumentsDeTest.garder("lettre-courriel-code.pdf", envoi);
        // to look at it: pdftoppm -upw "$(cat target/documents/lettre-courriel-code.code)" …
        DocumentsDeTest.garder("lettre-courriel-code.code", code.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void the_posted_letter_carries_the_code_once_and_stays_pdf_a() throws Exception {
        String code = CodeCourriel.nouveau(UUID.randomUUID(), Instant.now()).code();

        DocumentPdf lettre = DocumentsDeTest.lettreRefusAvecCode(code);

        try (var document = Loader.loadPDF(lettre.contenu())) {
            String texte = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(texte).contains("Vos prochains courriers par courriel", "Votre code personnel", code,
                    "nous ne vous demanderons jamais ce");
        }
        assertThat(DocumentsDeTest.reglesPdfAEnfreintes(lettre.contenu())).isEmpty();
        DocumentsDeTest.garder("lettre-postee-avec-code.pdf", lettre.contenu());
    }
}
