package fr.cellulepdp.reports.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.document.CertificatSignature;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.document.EmplacementSignature;
import fr.cellulepdp.reports.documents.DocumentsDeTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PAdES signatures checked by BouncyCastle's CMS verification and veraPDF. */
class SignaturePadesTest {

    private static final char[] MOT_DE_PASSE = "essai-signature".toCharArray();
    private static CertificatSignature coordinatrice;
    private static CertificatSignature secretaire;
    private final SignaturePades pades = new SignaturePades();

    @BeforeAll
    static void certificats() {
        Instant maintenant = Instant.parse("2026-11-23T09:00:00Z");
        coordinatrice = new CertificatSignature(CertificatAutoSigne.creer("Hélène Martinel", "CPAM de la Nièvre",
                MOT_DE_PASSE, maintenant), MOT_DE_PASSE, "Hélène Martinel", "Responsable du service social");
        secretaire = new CertificatSignature(CertificatAutoSigne.creer("Julien Perrot", "CPAM de la Nièvre",
                MOT_DE_PASSE, maintenant), MOT_DE_PASSE, "Julien Perrot", "Secrétaire de séance");
    }

    @Test
    void a_signed_letter_is_intact_covers_the_whole_file_and_stays_pdf_a() throws Exception {
        DocumentPdf lettre = DocumentsDeTest.lettreRefus();

        byte[] signee = pades.signer(lettre.contenu(), lettre.emplacements().get(0), coordinatrice);

        assertThat(VerificationSignatures.verifier(signee)).singleElement().satisfies(s -> {
            assertThat(s.intacte()).isTrue();
            assertThat(s.sousFiltre()).isEqualTo("ETSI.CAdES.detached");
            assertThat(s.certificatV2()).as("signing-certificate-v2").isTrue();
            assertThat(s.heureCms()).as("pas d'attribut signing-time en PAdES").isFalse();
            assertThat(s.couvreJusqua(signee.length)).as("couvre tout le fichier").isTrue();
        });
        assertThat(DocumentsDeTest.reglesPdfAEnfreintes(signee)).isEmpty();
        DocumentsDeTest.garder("lettre-refus-signee.pdf", signee);
    }

    @Test
    void minutes_signed_by_the_coordinatrice_then_the_secretary_keep_both_signatures_valid() throws Exception {
        DocumentPdf pv = DocumentsDeTest.procesVerbal();
        List<EmplacementSignature> cadres = pv.emplacements();

        assertThat(pades.emplacementsLibres(pv.contenu())).extracting(EmplacementSignature::signataire)
                .containsExactly(cadres.get(0).signataire(), cadres.get(1).signataire());
        byte[] premiere = pades.signer(pv.contenu(), cadres.get(0), coordinatrice);
        // the secretary's frame is found in the signed file itself
        List<EmplacementSignature> restants = pades.emplacementsLibres(premiere);
        assertThat(restants).singleElement().extracting(EmplacementSignature::signataire)
                .isEqualTo(cadres.get(1).signataire());
        byte[] seconde = pades.signer(premiere, restants.get(0), secretaire);
        assertThat(pades.emplacementsLibres(seconde)).isEmpty();
        try (var document = org.apache.pdfbox.Loader.loadPDF(seconde)) {
            var page = document.getPage(cadres.get(1).page());
            assertThat(page.getAnnotations()).filteredOn(a -> a.getSubtype().equals("Widget")).hasSize(2)
                    .allSatisfy(a -> assertThat(a.getRectangle().getWidth()).isPositive());
        }

        List<VerificationSignatures.Resultat> signatures = VerificationSignatures.verifier(seconde);
        assertThat(signatures).hasSize(2).allMatch(VerificationSignatures.Resultat::intacte);
        assertThat(signatures.get(0).couvreJusqua(premiere.length)).as("la première couvre sa révision").isTrue();
        assertThat(signatures.get(1).couvreJusqua(seconde.length)).as("la seconde couvre tout").isTrue();
        assertThat(DocumentsDeTest.reglesPdfAEnfreintes(seconde)).isEmpty();
        DocumentsDeTest.garder("proces-verbal-signe.pdf", seconde);
    }

    @Test
    void minutes_signed_with_the_trail_s_seal_carry_it_under_a_valid_signature_and_stay_pdf_a() throws Exception {
        DocumentPdf pv = DocumentsDeTest.procesVerbal();
        String sceau = "31 " + "ab".repeat(32) + " helene.martinel c2lnbmF0dXJl";
        assertThat(SignaturePades.sceauJournal(pv.contenu())).isEmpty();

        byte[] signe = pades.signerAvecSceau(pv.contenu(), pv.emplacements().get(0), coordinatrice, sceau);

        assertThat(SignaturePades.sceauJournal(signe)).contains(sceau);
        assertThat(VerificationSignatures.verifier(signe)).singleElement().satisfies(s -> {
            assertThat(s.intacte()).isTrue();
            assertThat(s.couvreJusqua(signe.length)).as("covers the whole file, the seal included").isTrue();
        });
        assertThat(DocumentsDeTest.reglesPdfAEnfreintes(signe)).isEmpty();
        // the secretary's frame is still free, and countersigning keeps the seal
        byte[] contresigne = pades.signer(signe, pades.emplacementsLibres(signe).get(0), secretaire);
        assertThat(SignaturePades.sceauJournal(contresigne)).contains(sceau);
        assertThat(VerificationSignatures.verifier(contresigne)).hasSize(2).allMatch(VerificationSignatures.Resultat::intacte);
    }

    @Test
    void one_changed_byte_is_detected() throws Exception {
        DocumentPdf lettre = DocumentsDeTest.lettreRefus();
        byte[] signee = pades.signer(lettre.contenu(), lettre.emplacements().get(0), coordinatrice);
        int[] plage = VerificationSignatures.verifier(signee).get(0).plage();

        for (int position : new int[] {plage[1] / 2, plage[2] + plage[3] / 2}) {
            byte[] alteree = signee.clone();
            alteree[position] ^= 0x01;
            assertThat(VerificationSignatures.verifier(alteree)).as("octet " + position)
                    .allSatisfy(s -> assertThat(s.intacte()).isFalse());
        }
    }

    @Test
    void a_wrong_password_is_refused_in_french() {
        DocumentPdf lettre = DocumentsDeTest.lettreRefus();
        CertificatSignature faux = new CertificatSignature(coordinatrice.pkcs12(), "faux".toCharArray(),
                coordinatrice.nom(), coordinatrice.fonction());

        assertThatThrownBy(() -> pades.signer(lettre.contenu(), lettre.emplacements().get(0), faux))
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("mot de passe erroné");
    }

    @Test
    void the_copy_to_email_opens_with_the_persons_password_only_and_its_signature_is_intact() throws Exception {
        DocumentPdf lettre = DocumentsDeTest.lettreRefus();

        byte[] envoi = pades.chiffrerEtSigner(lettre.contenu(), lettre.emplacements().get(0), coordinatrice,
                "05031970");

        try (var document = org.apache.pdfbox.Loader.loadPDF(envoi, "05031970")) {
            assertThat(document.isEncrypted()).isTrue();
            assertThat(document.getEncryption().getLength()).isEqualTo(256);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Objet");
        }
        assertThatThrownBy(() -> org.apache.pdfbox.Loader.loadPDF(envoi, "01011970"))
                .isInstanceOf(org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException.class);
        assertThatThrownBy(() -> org.apache.pdfbox.Loader.loadPDF(envoi))
                .isInstanceOf(org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException.class);
        assertThat(VerificationSignatures.verifier(envoi, "05031970")).singleElement().satisfies(sig -> {
            assertThat(sig.intacte()).isTrue();
            assertThat(sig.couvreJusqua(envoi.length)).isTrue();
        });
    }
}
