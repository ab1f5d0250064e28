package fr.cellulepdp.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.document.CertificatSignature;
import fr.cellulepdp.model.document.EmplacementSignature;
import fr.cellulepdp.reports.pdf.Composition;
import fr.cellulepdp.reports.pdf.Metadonnees;
import fr.cellulepdp.reports.signature.CertificatAutoSigne;
import fr.cellulepdp.reports.signature.DonneesDeValidation;
import fr.cellulepdp.reports.signature.MiseANiveau;
import fr.cellulepdp.reports.signature.ServeurHorodatage;
import fr.cellulepdp.reports.signature.SignaturePades;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time-stamped signatures against a real RFC 3161 authority on 127.0.0.1, judged by EU DSS: PAdES-BASELINE-T with
 * the time-stamp intact when the authority answers; B-B offline, then upgraded to B-T by the outbox's step. With a
 * certificate issued by a certification authority serving its CRL and OCSP answers on 127.0.0.1: PAdES-BASELINE-LT,
 * at once when it answers, through the outbox's step when it was down.
 */
class HorodatageTest {

    private static final char[] MOT_DE_PASSE = "secret".toCharArray();

    @TempDir
    Path dossier;

    private final CertificatSignature certificat = new CertificatSignature(CertificatAutoSigne.creer(
            "Hélène Martinel", "CPAM", MOT_DE_PASSE, Instant.now()), MOT_DE_PASSE, "Hélène Martinel",
            "Coordinatrice");

    @Test
    void a_signature_made_online_is_pades_baseline_t_with_its_time_stamp_intact() throws Exception {
        String autorisation = "Basic " + Base64.getEncoder().encodeToString("cellule:mdp-tsa"
                .getBytes(StandardCharsets.UTF_8));
        try (ServeurHorodatageDeTest tsa = new ServeurHorodatageDeTest(autorisation)) {
            byte[] signe = new SignaturePades(new ServeurHorodatage(tsa.adresse(), "cellule",
                    "mdp-tsa".toCharArray())).signer(document(), cadre(), certificat);

            assertThat(tsa.jetonsDelivres()).isEqualTo(1);
            assertThat(ValidationDss.signatures(signe)).singleElement().satisfies(s -> {
                assertThat(s.signataire()).isEqualTo("Hélène Martinel");
                assertThat(s.intacte()).isTrue();
                assertThat(s.niveau()).isEqualTo("PAdES_BASELINE_T");
                assertThat(s.horodatages()).singleElement().isEqualTo(
                        new ValidationDss.Horodatage("SIGNATURE_TIMESTAMP", true));
            });
            assertThat(MiseANiveau.aHorodater(signe)).isFalse();
        }
    }

    @Test
    void offline_the_signature_stays_b_b_and_the_outbox_step_makes_it_b_t_once_online() throws Exception {
        Path racine = dossier.resolve("documents");
        Path pv = fichier(racine, "seance-001/03-proces-verbal.pdf");
        // nobody listens on this port: offline
        ServeurHorodatage injoignable = new ServeurHorodatage(URI.create("http://127.0.0.1:9/tsa"), "", null);
        Files.write(pv, new SignaturePades(injoignable).signer(document(), cadre(), certificat));
        assertThat(ValidationDss.signatures(Files.readAllBytes(pv))).singleElement()
                .satisfies(s -> assertThat(s.niveau()).isEqualTo("PAdES_BASELINE_B"));

        HorodatageDiffere differe = new HorodatageDiffere(racine);
        differe.noterSiNecessaire(List.of(pv));
        assertThat(differe.enAttente()).containsExactly("seance-001/03-proces-verbal.pdf");
        assertThat(differe.horodater(injoignable)).as("toujours hors ligne").isZero();
        assertThat(differe.enAttente()).hasSize(1);

        try (ServeurHorodatageDeTest tsa = new ServeurHorodatageDeTest(null)) {
            assertThat(differe.horodater(new ServeurHorodatage(tsa.adresse(), "", null))).isEqualTo(1);
        }
        assertThat(differe.enAttente()).isEmpty();
        assertThat(ValidationDss.signatures(Files.readAllBytes(pv))).singleElement().satisfies(s -> {
            assertThat(s.intacte()).isTrue();
            assertThat(s.niveau()).isEqualTo("PAdES_BASELINE_T");
            assertThat(s.horodatages()).isNotEmpty().allMatch(ValidationDss.Horodatage::intact);
        });
        // the document time-stamp's field is invisible and untagged: PDF/A-2a and PDF/UA-1 all the same
        assertThat(ValidationVeraPdf.reglesEnfreintes(Files.readAllBytes(pv))).isEmpty();
    }

    @Test
    void a_letter_already_sent_or_posted_is_left_byte_for_byte_and_taken_off_the_list() throws Exception {
        Path racine = dossier.resolve("documents");
        Path lettre = fichier(racine, "seance-001/courriers/PDP-2026-0001-essai-encadre-accord.pdf");
        ServeurHorodatage injoignable = new ServeurHorodatage(URI.create("http://127.0.0.1:9/tsa"), "", null);
        Files.write(lettre, new SignaturePades(injoignable).signer(document(), cadre(), certificat));
        byte[] envoyee = Files.readAllBytes(lettre);
        HorodatageDiffere differe = new HorodatageDiffere(racine);
        differe.noterSiNecessaire(List.of(lettre));

        try (ServeurHorodatageDeTest tsa = new ServeurHorodatageDeTest(null)) {
            assertThat(differe.horodater(new ServeurHorodatage(tsa.adresse(), "", null),
                    fr.cellulepdp.model.commun.Empreintes.sha256(envoyee)::equals, (ancien, nouveau) -> {
                        throw new AssertionError("rien n'est remplacé");
                    })).isZero();
        }
        assertThat(Files.readAllBytes(lettre)).isEqualTo(envoyee);
        assertThat(differe.enAttente()).isEmpty();
    }

    @Test
    void with_a_certificate_whose_revocation_data_answers_the_signature_is_pades_baseline_lt() throws Exception {
        try (AutoriteDeTest autorite = new AutoriteDeTest(); ServeurHorodatageDeTest tsa = new ServeurHorodatageDeTest(null)) {
            byte[] signe = new SignaturePades(new ServeurHorodatage(tsa.adresse(), "", null))
                    .signer(document(), cadre(), emis(autorite));

            assertThat(autorite.reponsesOcspDelivrees()).as("OCSP demandé").isPositive();
            assertThat(ValidationDss.signatures(signe)).singleElement().satisfies(s -> {
                assertThat(s.signataire()).isEqualTo("Hélène Martinel");
                assertThat(s.intacte()).isTrue();
                assertThat(s.niveau()).isEqualTo("PAdES_BASELINE_LT");
                assertThat(s.horodatages()).singleElement().isEqualTo(
                        new ValidationDss.Horodatage("SIGNATURE_TIMESTAMP", true));
            });
            assertThat(DonneesDeValidation.aCompleter(signe)).as("rien à compléter").isFalse();
            assertThat(ValidationVeraPdf.reglesEnfreintes(signe)).isEmpty();
            // kept to be looked at (pdfsig, pdftoppm)
            Files.write(Path.of("target", "signe-b-lt.pdf"), signe);
        }
    }

    @Test
    void without_an_ocsp_responder_the_crl_makes_it_pades_baseline_lt() throws Exception {
        try (AutoriteDeTest autorite = new AutoriteDeTest(); ServeurHorodatageDeTest tsa = new ServeurHorodatageDeTest(null)) {
            autorite.sansOcsp();
            byte[] signe = new SignaturePades(new ServeurHorodatage(tsa.adresse(), "", null))
                    .signer(document(), cadre(), emis(autorite));

            assertThat(autorite.listesDelivrees()).as("liste de révocation demandée").isEqualTo(1);
            assertThat(ValidationDss.signatures(signe)).singleElement().satisfies(s -> {
                assertThat(s.intacte()).isTrue();
                assertThat(s.niveau()).isEqualTo("PAdES_BASELINE_LT");
            });
        }
    }

    @Test
    void revocation_server_down_the_signature_stays_b_t_and_the_outbox_step_makes_it_b_lt() throws Exception {
        Path racine = dossier.resolve("documents");
        Path pv = fichier(racine, "seance-001/03-proces-verbal.pdf");
        byte[] horodate;
        try (AutoriteDeTest autorite = new AutoriteDeTest(); ServeurHorodatageDeTest tsa = new ServeurHorodatageDeTest(null)) {
            ServeurHorodatage horodatage = new ServeurHorodatage(tsa.adresse(), "", null);
            autorite.enPanne(true);
            Files.write(pv, new SignaturePades(horodatage).signer(document(), cadre(), emis(autorite)));
            horodate = Files.readAllBytes(pv);
            assertThat(ValidationDss.signatures(horodate)).singleElement()
                    .satisfies(s -> assertThat(s.niveau()).isEqualTo("PAdES_BASELINE_T"));

            HorodatageDiffere differe = new HorodatageDiffere(racine);
            differe.noterSiNecessaire(List.of(pv));
            assertThat(differe.enAttente()).containsExactly("seance-001/03-proces-verbal.pdf");
            assertThat(differe.horodater(horodatage)).as("révocation toujours injoignable").isZero();
            assertThat(differe.enAttente()).hasSize(1);
            assertThat(Files.readAllBytes(pv)).isEqualTo(horodate);

            autorite.enPanne(false);
            assertThat(differe.horodater(horodatage)).isEqualTo(1);
            assertThat(differe.enAttente()).isEmpty();
        }
        byte[] complete = Files.readAllBytes(pv);
        assertThat(complete).as("mise à jour incrémentale : la révision signée intacte").startsWith(horodate);
        assertThat(ValidationDss.signatures(complete)).singleElement().satisfies(s -> {
            assertThat(s.intacte()).isTrue();
            assertThat(s.niveau()).isEqualTo("PAdES_BASELINE_LT");
            assertThat(s.horodatages()).isNotEmpty().allMatch(ValidationDss.Horodatage::intact);
        });
        assertThat(ValidationVeraPdf.reglesEnfreintes(complete)).isEmpty();
    }

    @Test
    void a_letter_sent_while_its_revocation_data_was_missing_is_left_byte_for_byte() throws Exception {
        Path racine = dossier.resolve("documents");
        Path lettre = fichier(racine, "seance-001/courriers/PDP-2026-0001-essai-encadre-accord.pdf");
        try (AutoriteDeTest autorite = new AutoriteDeTest(); ServeurHorodatageDeTest tsa = new ServeurHorodatageDeTest(null)) {
            ServeurHorodatage horodatage = new ServeurHorodatage(tsa.adresse(), "", null);
            autorite.enPanne(true);
            Files.write(lettre, new SignaturePades(horodatage).signer(document(), cadre(), emis(autorite)));
            byte[] envoyee = Files.readAllBytes(lettre);
            HorodatageDiffere differe = new HorodatageDiffere(racine);
            differe.noterSiNecessaire(List.of(lettre));
            assertThat(differe.enAttente()).hasSize(1);

            autorite.enPanne(false);
            assertThat(differe.horodater(horodatage, fr.cellulepdp.model.commun.Empreintes.sha256(envoyee)::equals,
                    (ancien, nouveau) -> {
                        throw new AssertionError("rien n'est remplacé");
                    })).isZero();
            assertThat(Files.readAllBytes(lettre)).isEqualTo(envoyee);
            assertThat(differe.enAttente()).isEmpty();
        }
    }

    private static Path fichier(Path racine, String relatif) throws java.io.IOException {
        Path fichier = racine.resolve(relatif);
        Files.createDirectories(fichier.getParent());
        return fichier;
    }

    private static CertificatSignature emis(AutoriteDeTest autorite) throws Exception {
        return new CertificatSignature(autorite.certificat("Hélène Martinel", MOT_DE_PASSE), MOT_DE_PASSE,
                "Hélène Martinel", "Coordinatrice");
    }

    private static byte[] document() {
        try (Composition page = new Composition()) {
            page.titre("Procès-verbal");
            PDRectangle cadre = page.cadre(52, 250);
            page.champSignature(cadre, "Hélène Martinel", "Coordinatrice", List.of("À signer : Coordinatrice"));
            return page.terminer(new Metadonnees("Essai", "Cellule", "Essai"), "Essai");
        }
    }

    private static EmplacementSignature cadre() {
        byte[] pdf = document();
        return new SignaturePades().emplacementsLibres(pdf).get(0);
    }
}
