package fr.cellulepdp.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.cellulepdp.app.support.DemoPreparee;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.notification.CanalEnvoi;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.model.notification.SecuriteSmtp;
import fr.cellulepdp.model.notification.StatutNotification;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sending killed with SIGKILL in a separate JVM, then resumed: every letter is delivered, none is lost, and a
 * letter can only arrive twice if it was in the server's hands at the kill, then with the same Message-ID.
 */
class EnvoiInterrompuTest {

    @TempDir
    Path dossier;

    /** Run in a child JVM: sends the outbox, printing each letter as it goes, until it is killed. */
    public static void main(String[] arguments) {
        try (Services services = fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(Path.of(arguments[0]), Horloge.systeme())) {
            services.courriers().envoyerCourriers().envoyer((faits, total) -> {
                System.out.println("envoyé " + faits + "/" + total);
                System.out.flush();
            });
        }
    }

    @Test
    void a_sending_killed_midway_then_resumed_delivers_each_letter_with_one_message_id() throws Exception {
        Path base = DemoPreparee.copierAvecDocuments(DemoPreparee.LANCEMENT, dossier);
        int port;
        try (ServerSocket libre = new ServerSocket(0)) {
            port = libre.getLocalPort();
        }
        try (Services services = Services.ouvrirDemoCommeCoordinatrice(base, Horloge.systeme())) {
            services.courriers().parametrerSmtp().enregistrer("localhost", port, SecuriteSmtp.AUCUNE,
                    "", new char[0], "cellule@exemple.fr", "Cellule PDP 58");
        }
        GreenMail serveur = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        serveur.start();
        try {
            Process envoi = fr.cellulepdp.app.support.JvmEnfant.commande(List.of(), EnvoiInterrompuTest.class,
                    List.of(base.toString())).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader sortie = new BufferedReader(new InputStreamReader(envoi.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String ligne = sortie.readLine();
                assertThat(ligne).startsWith("envoyé 1/");
                envoi.destroyForcibly(); // SIGKILL, in the middle of the round
                assertThat(envoi.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            Instant plusTard = Instant.now().plus(Duration.ofMinutes(2));
            try (Services reprise = fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(base, () -> plusTard)) {
                reprise.courriers().envoyerCourriers().envoyer((f, t) -> { });
                List<Notification> lettres = reprise.stockage().notifications().findAll().stream()
                        .filter(n -> n.canal() == CanalEnvoi.EMAIL).toList();

                assertThat(lettres).isNotEmpty().allSatisfy(n ->
                        assertThat(n.statut()).isEqualTo(StatutNotification.ENVOYEE));
                Map<String, Long> parIdentifiant = Arrays.stream(serveur.getReceivedMessages())
                        .collect(Collectors.groupingBy(EnvoiInterrompuTest::messageId, Collectors.counting()));
                // the partners' minutes extract leaves in the same round, under the same rules
                List<String> attendus = new java.util.ArrayList<>(lettres.stream().map(Notification::messageId).toList());
                reprise.stockage().courrielsMembres().findAll().forEach(c -> attendus.add(c.messageId()));
                assertThat(parIdentifiant.keySet()).containsExactlyInAnyOrderElementsOf(attendus);
                assertThat(parIdentifiant.values().stream().filter(n -> n > 1).count())
                        .as("au plus la lettre en cours au moment de l'arrêt, avec le même Message-ID : "
                                + parIdentifiant + " ; lettres " + lettres.stream().map(Notification::messageId)
                                .toList()).isLessThanOrEqualTo(1);
                assertThat(parIdentifiant.values()).allMatch(n -> n <= 2);
            }
        } finally {
            serveur.stop();
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
