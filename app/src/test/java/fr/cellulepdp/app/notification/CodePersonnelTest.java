package fr.cellulepdp.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.cellulepdp.app.document.CertificatChoisi;
import fr.cellulepdp.app.document.CertificatDemo;
import fr.cellulepdp.app.support.DemoPreparee;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.notification.CanalEnvoi;
import fr.cellulepdp.model.notification.CodeCourriel;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.model.notification.SecuriteSmtp;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.situation.Assure;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The e-mailed letter is protected by the person's own random code, given on paper: no date of birth opens it
 * (the code is its one password), the code does; the e-mail (received by GreenMail) tells where the code was given,
 * never the code, and says nothing of the cell or the PDP. A person without a code gets the letter by post, with a new
 * code printed in it, which counts as given once that letter is marked posted.
 */
class CodePersonnelTest {

    private static final String COMPTE = "caisse58@exemple.fr";

    @TempDir
    Path dossier;

    private Services services;
    private GreenMail serveur;
    private Seance seance;

    @BeforeEach
    void preparer() throws Exception {
        Instant maintenant = Instant.parse("2026-11-23T10:00:00Z");
        services = DemoPreparee.ouvrir(maintenant, dossier, () -> maintenant);
        seance = services.documents().genererDocuments().trouver(null);
        int port;
        try (ServerSocket libre = new ServerSocket(0)) {
            port = libre.getLocalPort();
        }
        services.courriers().parametrerSmtp().enregistrer("localhost", port, SecuriteSmtp.AUCUNE,
                COMPTE, "secret".toCharArray(), COMPTE, "CPAM de la Nièvre");
        serveur = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        serveur.start();
        serveur.setUser(COMPTE, COMPTE, "secret");
    }

    @AfterEach
    void arreter() {
        serveur.stop();
        services.close();
    }

    private void produire() {
        var cellule = services.cellule().orElseThrow();
        services.documents().genererDocuments().generer(seance.id(), Optional.of(CertificatChoisi.lire(
                Path.of(cellule.certificatSignature()), CertificatDemo.MOT_DE_PASSE.toCharArray(), cellule,
                services.dossierDonnees())), (faits, total) -> { });
    }

    private static String destinataireBrut(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Assure destinataire(MimeMessage message) throws Exception {
        String adresse = message.getAllRecipients()[0].toString();
        return services.stockage().assures().findAll().stream().filter(a -> a.email().equals(adresse)).findFirst()
                .orElseThrow();
    }

    @Test
    void the_emailed_copy_opens_with_the_code_and_with_no_date_of_birth_and_the_email_never_gives_it()
            throws Exception {
        produire();
        services.courriers().envoyerCourriers().envoyer((faits, total) -> { });

        // the first letter to a person (the partners' minutes extract leaves in the same round)
        MimeMessage message = java.util.Arrays.stream(serveur.getReceivedMessages())
                .filter(m -> services.stockage().membres().findAll().stream().noneMatch(membre ->
                        membre.email().equals(destinataireBrut(m)))).findFirst().orElseThrow();
        Assure assure = destinataire(message);
        CodeCourriel code = services.stockage().codesCourriel().findByAssure(assure.id()).orElseThrow();
        Multipart parties = (Multipart) message.getContent();
        String corps = (String) parties.getBodyPart(0).getContent();
        byte[] pdf = parties.getBodyPart(1).getInputStream().readAllBytes();

        assertThat(message.getSubject()).startsWith("Courrier de votre caisse d’assurance maladie — réf. ");
        for (String texte : List.of(message.getSubject(), corps, parties.getBodyPart(1).getFileName())) {
            assertThat(texte).doesNotContain(code.code()).doesNotContain(code.code().replace("-", ""))
                    .doesNotContainIgnoringCase("PDP").doesNotContainIgnoringCase("cellule");
        }
        assertThat(corps).contains("code personnel", code.remisPar(), "tirets compris")
                .doesNotContain(assure.dateNaissance().format(DateTimeFormatter.ofPattern("ddMMyyyy")));

        byte[] u;
        try (var document = Loader.loadPDF(pdf, code.code())) {
            assertThat(document.getSignatureDictionaries()).hasSize(1);
            assertThat(document.getEncryption().getRevision()).isEqualTo(6);
            u = document.getEncryption().getUserKey();
        }
        assertThat(new EssaiMotDePassePdf(u).ouvre(code.code())).as("l'essai reconnaît le bon code").isTrue();
        // every date of birth 1940–2010 as the former rules wrote it (JJMMAAAA; the postcode then the year)
        List<String> candidats = new ArrayList<>();
        for (LocalDate jour = LocalDate.of(1940, 1, 1); jour.getYear() <= 2010; jour = jour.plusDays(1)) {
            candidats.add(jour.format(DateTimeFormatter.ofPattern("ddMMyyyy")));
            if (jour.getDayOfYear() == 1) {
                candidats.add(assure.adresse().codePostal() + jour.getYear());
            }
        }
        assertThat(candidats).hasSize(25_933 + 71);
        // the copy has one user password, /U's hash, and the code opens it: a brute force of the candidates (26 000
        // runs of algorithm 2.B) could only open it with the code itself, or through a SHA-2 collision
        assertThat(candidats).as("aucune date de naissance n'est le code, seul mot de passe de la copie")
                .doesNotContain(code.code(), code.code().replace("-", ""));
        // what an attacker tries first, on the copy itself: this person's own date of birth, both former ways
        EssaiMotDePassePdf essai = new EssaiMotDePassePdf(u);
        for (String sienne : List.of(assure.dateNaissance().format(DateTimeFormatter.ofPattern("ddMMyyyy")),
                assure.adresse().codePostal() + assure.dateNaissance().getYear())) {
            assertThat(essai.ouvre(sienne)).as("sa date de naissance n'ouvre pas la copie").isFalse();
        }
    }

    @Test
    void without_a_code_given_the_letter_goes_by_post_carrying_a_new_code_given_once_posted() throws Exception {
        DossierSeance dossierSeance = services.seances().consulterSeance().consulter(seance.id());
        Assure assure = RemiseCodePersonnelTest.pointAvecCourrier(dossierSeance).assure();
        services.stockage().codesCourriel().supprimerPourAssure(assure.id());

        produire();

        CodeCourriel code = services.stockage().codesCourriel().findByAssure(assure.id()).orElseThrow();
        assertThat(code.estRemis()).isFalse();
        assertThat(code.code()).matches("[" + CodeCourriel.ALPHABET + "-]{14}");
        Notification lettre = services.stockage().notifications().find(code.lettreId()).orElseThrow();
        assertThat(lettre.canal()).as("pas de courriel tant que le code n'est pas remis").isEqualTo(CanalEnvoi.COURRIER);
        try (var document = Loader.loadPDF(services.stockage().notifications().pdf(lettre.id()).orElseThrow())) {
            String texte = new PDFTextStripper().getText(document);
            assertThat(texte).contains("Votre code personnel", code.code(), assure.email());
        }
        // a person with two letters in the pack: the same code printed on both (it used to differ)
        for (Notification autre : services.stockage().notifications().findAll()) {
            if (autre.destinataire() != fr.cellulepdp.model.notification.Destinataire.ASSURE
                    || autre.canal() != CanalEnvoi.COURRIER) {
                continue;
            }
            try (var document = Loader.loadPDF(services.stockage().notifications().pdf(autre.id()).orElseThrow())) {
                String texte = new PDFTextStripper().getText(document);
                if (texte.contains(assure.email())) {
                    assertThat(texte).contains(code.code());
                }
            }
        }

        services.courriers().suivreCourriers().marquerPostes(seance.id());

        CodeCourriel remis = services.stockage().codesCourriel().findByAssure(assure.id()).orElseThrow();
        assertThat(remis.estRemis()).isTrue();
        assertThat(remis.code()).isEqualTo(code.code());
        assertThat(remis.remisPar()).isEqualTo("par courrier postal du 23/11/2026");
        assertThat(services.stockage().codesCourriel().findAll()).extracting(CodeCourriel::code).doesNotHaveDuplicates();
        assertThat(UUID.fromString(remis.id().toString())).isEqualTo(code.id());
    }
}
