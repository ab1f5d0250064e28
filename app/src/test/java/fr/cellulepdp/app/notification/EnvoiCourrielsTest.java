package fr.cellulepdp.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.cellulepdp.app.support.DemoPreparee;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.notification.CanalEnvoi;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.model.notification.RapportEnvoi;
import fr.cellulepdp.model.notification.SecuriteSmtp;
import fr.cellulepdp.model.notification.StatutNotification;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox against a real SMTP server (GreenMail) started in the test, on a real H2 file database. */
class EnvoiCourrielsTest {

    private static final String UTILISATEUR = "cellule-pdp58@exemple.fr";
    private static final String MOT_DE_PASSE = "secret-smtp";

    @TempDir
    Path dossier;

    private final AtomicReference<Instant> maintenant = new AtomicReference<>(Instant.parse("2026-11-23T10:00:00Z"));
    private Services services;
    private GreenMail serveur;
    private int port;

    @BeforeEach
    void preparer() throws IOException {
        services = DemoPreparee.ouvrirAvecDocuments(maintenant.get(), dossier, maintenant::get);
        try (ServerSocket libre = new ServerSocket(0)) {
            port = libre.getLocalPort();
        }
        parametrer(MOT_DE_PASSE);
    }

    @AfterEach
    void arreter() {
        if (serveur != null) {
            serveur.stop();
        }
        services.close();
    }

    private void parametrer(String motDePasse) {
        services.courriers().parametrerSmtp().enregistrer("localhost", port, SecuriteSmtp.AUCUNE,
                UTILISATEUR, motDePasse.toCharArray(), UTILISATEUR, "Cellule PDP 58");
    }

    private void demarrerServeur() {
        serveur = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        serveur.start();
        serveur.setUser(UTILISATEUR, UTILISATEUR, MOT_DE_PASSE);
    }

    private List<Notification> parCourriel() {
        return services.stockage().notifications().findAll().stream().filter(n -> n.canal() == CanalEnvoi.EMAIL)
                .toList();
    }

    private RapportEnvoi envoyer() {
        return services.courriers().envoyerCourriers().envoyer((faits, total) -> { });
    }

    @Test
    void signed_letters_with_an_address_wait_in_the_outbox_with_their_pdf_and_message_id() {
        assertThat(parCourriel()).isNotEmpty().allSatisfy(n -> {
            assertThat(n.statut()).isEqualTo(StatutNotification.EN_ATTENTE_ENVOI);
            assertThat(n.adresse()).endsWith("@exemple.fr");
            assertThat(n.messageId()).startsWith("<").endsWith("@cellule-pdp>");
            assertThat(services.stockage().notifications().pdf(n.id())).hasValueSatisfying(pdf ->
                    assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-")
                            .contains("/Encrypt"));
        });
    }

    /** The letters and, in the same outbox, the partners' minutes extract queued with them. */
    private List<String> messagesAttendus() {
        List<String> attendus = new java.util.ArrayList<>(parCourriel().stream().map(Notification::messageId).toList());
        services.stockage().courrielsMembres().findAll().forEach(c -> attendus.add(c.messageId()));
        return attendus;
    }

    @Test
    void server_down_then_up_queued_then_delivered_exactly_once() throws Exception {
        int lettres = messagesAttendus().size();

        RapportEnvoi horsLigne = envoyer();

        assertThat(horsLigne.envoyes()).isZero();
        assertThat(horsLigne.echecs()).hasSize(lettres);
        assertThat(parCourriel()).allSatisfy(n -> {
            assertThat(n.statut()).isEqualTo(StatutNotification.ECHEC);
            assertThat(n.derniereErreur()).isNotBlank();
            assertThat(n.tentatives()).isEqualTo(1);
            assertThat(n.prochainEssai()).isAfter(maintenant.get());
        });
        assertThat(envoyer().echecs()).as("pas de nouvel essai avant l'échéance").isEmpty();

        demarrerServeur();
        maintenant.set(maintenant.get().plus(Duration.ofMinutes(2)));
        RapportEnvoi enLigne = envoyer();

        assertThat(enLigne.envoyes()).isEqualTo(lettres);
        assertThat(enLigne.enAttente()).isZero();
        MimeMessage[] recus = serveur.getReceivedMessages();
        assertThat(recus).hasSize(lettres);
        assertThat(Arrays.stream(recus).map(this::messageId).distinct()).hasSize(lettres)
                .containsExactlyInAnyOrderElementsOf(messagesAttendus());
        assertThat(parCourriel()).allSatisfy(n -> {
            assertThat(n.statut()).isEqualTo(StatutNotification.ENVOYEE);
            assertThat(n.envoyeeLe()).isEqualTo(maintenant.get());
        });

        Notification une = parCourriel().get(0);
        assertThat(services.courriers().suivreCourriers().etatDecision(une.decisionId()))
                .contains("Assuré(e) : envoyé le 23/11/2026");

        maintenant.set(maintenant.get().plus(Duration.ofHours(8)));
        assertThat(envoyer().envoyes()).as("rien n'est envoyé deux fois").isZero();
        assertThat(serveur.getReceivedMessages()).hasSize(lettres);
    }

    @Test
    void the_email_says_nothing_of_health_and_carries_the_signed_letter() throws Exception {
        demarrerServeur();
        envoyer();

        List<String> lettres = parCourriel().stream().map(Notification::messageId).toList();
        MimeMessage message = Arrays.stream(serveur.getReceivedMessages())
                .filter(m -> lettres.contains(messageId(m))).findFirst().orElseThrow();
        Multipart parties = (Multipart) message.getContent();
        String corps = (String) parties.getBodyPart(0).getContent();
        Part piece = parties.getBodyPart(1);
        assertThat(message.getSubject()).startsWith("Courrier de votre caisse d’assurance maladie — réf. ");
        assertThat(corps).contains("pièce jointe", "lecteur de PDF")
                .doesNotContainIgnoringCase("essai").doesNotContainIgnoringCase("refus")
                .doesNotContainIgnoringCase("médical").doesNotContainIgnoringCase("accord");
        assertThat(piece.getContentType()).startsWith("application/pdf");
        assertThat(corps).contains("code personnel de 12 caractères qui vous a été remis par courrier postal du ");
        byte[] pdf = piece.getInputStream().readAllBytes();
        String adresse = message.getAllRecipients()[0].toString();
        var assure = services.stockage().assures().findAll().stream().filter(a -> a.email().equals(adresse))
                .findFirst().orElseThrow();
        String code = services.stockage().codesCourriel().findByAssure(assure.id()).orElseThrow().code();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf, code)) {
            assertThat(document.getEncryption().getLength()).isEqualTo(256);
            assertThat(document.getSignatureDictionaries()).hasSize(1);
        }
        String naissance = assure.dateNaissance().format(java.time.format.DateTimeFormatter.ofPattern("ddMMyyyy"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.apache.pdfbox.Loader.loadPDF(pdf, naissance))
                .isInstanceOf(org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException.class);
    }

    @Test
    void an_authentication_failure_keeps_the_server_answer_and_the_letter_waits() {
        demarrerServeur();
        parametrer("mauvais-mot-de-passe");

        RapportEnvoi rapport = envoyer();

        assertThat(rapport.envoyes()).isZero();
        assertThat(rapport.echecs()).isNotEmpty().allSatisfy(e -> assertThat(e.raison())
                .containsIgnoringCase("auth"));
        assertThat(serveur.getReceivedMessages()).isEmpty();
        assertThat(parCourriel()).allSatisfy(n -> assertThat(n.statut()).isEqualTo(StatutNotification.ECHEC));
    }

    @Test
    void a_letter_exports_as_an_eml_file_with_its_message_id_and_attachment() throws Exception {
        Notification lettre = parCourriel().get(0);

        byte[] eml = EnvoiSmtp.eml(UTILISATEUR, "Cellule PDP 58",
                services.courriers().envoyerCourriers().courriel(lettre.id()));

        MimeMessage relu = new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                new java.io.ByteArrayInputStream(eml));
        assertThat(relu.getMessageID()).isEqualTo(lettre.messageId());
        assertThat(relu.getAllRecipients()[0].toString()).isEqualTo(lettre.adresse());
        Multipart parties = (Multipart) relu.getContent();
        assertThat(parties.getBodyPart(1).getContentType()).startsWith("application/pdf");
    }

    @Test
    void the_password_is_never_stored_in_clear() throws IOException {
        String chiffre = services.courriers().parametrerSmtp().lire().orElseThrow().motDePasseChiffre();

        assertThat(chiffre).isNotEmpty().doesNotContain(MOT_DE_PASSE);
        assertThat(new String(services.coffre().dechiffrer(chiffre))).isEqualTo(MOT_DE_PASSE);
        services.close();
        byte[] base = Files.readAllBytes(dossier.resolve("cellule.mv.db"));
        assertThat(new String(base, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(MOT_DE_PASSE);
        services = fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(dossier.resolve("cellule"), maintenant::get);
    }

    private String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
