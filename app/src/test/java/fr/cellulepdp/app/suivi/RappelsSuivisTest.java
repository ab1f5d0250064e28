package fr.cellulepdp.app.suivi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.notification.SecuriteSmtp;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.suivi.Suivi;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily reminder of follow-ups, on a real H2 file and a real SMTP server (GreenMail), with a test clock: one
 * e-mail per member and day whatever the number of rounds, overdue follow-ups included, nothing when off or before
 * the hour, no name in it, queued while offline and delivered once back online.
 */
class RappelsSuivisTest {

    private static final String SMTP = "cellule-pdp58@exemple.fr";

    @TempDir
    Path dossier;

    /** Thursday 3 December 2026, 9:00 in Paris. */
    private final AtomicReference<Instant> maintenant = new AtomicReference<>(Instant.parse("2026-12-03T08:00:00Z"));
    private Services services;
    private GreenMail serveur;
    private Membre responsable;
    private Situation demain;
    private Situation enRetard;
    private Situation lointaine;

    @BeforeEach
    void preparer() throws IOException {
        services = Services.ouvrir(dossier.resolve("cellule"), maintenant::get);
        services.miseEnPlace().chargerDonneesDemo().executer(LocalDate.of(2026, 11, 23));
        // only the follow-ups of this test are open
        services.stockage().suivis().findAll().forEach(s -> services.stockage().suivis().save(new Suivi(s.id(),
                s.version(), s.situationId(), s.decisionId(), s.action(), s.responsableId(), s.echeance(),
                LocalDate.of(2026, 11, 30), "fait")));
        responsable = services.stockage().membres().findAll().stream()
                .filter(m -> m.actif() && m.role() == Role.REFERENT_SOCIAL && !m.email().isBlank())
                .findFirst().orElseThrow();
        List<Situation> situations = services.stockage().situations().findAll();
        demain = situations.get(0);
        enRetard = situations.get(1);
        lointaine = situations.get(2);
        suivi(demain, LocalDate.of(2026, 12, 4));
        suivi(enRetard, LocalDate.of(2026, 11, 20));
        suivi(lointaine, LocalDate.of(2027, 1, 15));
        int port;
        try (ServerSocket libre = new ServerSocket(0)) {
            port = libre.getLocalPort();
        }
        services.courriers().parametrerSmtp().enregistrer("localhost", port, SecuriteSmtp.AUCUNE, SMTP,
                "secret".toCharArray(), SMTP, "Cellule PDP 58");
        serveur = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        serveur.setUser(SMTP, SMTP, "secret");
    }

    @AfterEach
    void arreter() {
        serveur.stop();
        services.close();
    }

    private void suivi(Situation situation, LocalDate echeance) {
        services.stockage().suivis().save(new Suivi(UUID.randomUUID(), 0, situation.id(), null,
                "Bilan de l’essai encadré avec le médecin du travail", responsable.id(), echeance, null, ""));
    }

    private List<MimeMessage> recusPar(Membre membre) {
        return Arrays.stream(serveur.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(membre.email());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private void activer(boolean actifs) {
        services.courriers().reglerRappels().enregistrer(actifs, 7, 8);
    }

    @Test
    void a_follow_up_due_tomorrow_is_in_the_members_digest_once_not_twice_and_overdue_ones_too() throws Exception {
        activer(true);
        serveur.start();

        var premier = services.courriers().envoyerRappels().preparerEtEnvoyer();
        maintenant.set(maintenant.get().plus(Duration.ofHours(3)));
        var second = services.courriers().envoyerRappels().preparerEtEnvoyer();

        assertThat(premier.prepares()).isEqualTo(1);
        assertThat(second.prepares()).isZero();
        assertThat(second.envoi().envoyes()).isZero();
        List<MimeMessage> recus = recusPar(responsable);
        assertThat(recus).hasSize(1);
        String texte = recus.get(0).getSubject() + "\n" + recus.get(0).getContent();
        assertThat(texte).contains(demain.numeroDossier(), "04/12/2026", enRetard.numeroDossier(),
                "échéance dépassée depuis le 20/11/2026").doesNotContain(lointaine.numeroDossier());
        Assure personne = services.stockage().assures().get(demain.assureId());
        assertThat(texte).as("ni nom, ni NIR, ni le libellé de l’action")
                .doesNotContain(personne.nom(), personne.nir().valeur(), "essai encadré", "médecin");
        assertThat(recus.get(0).getMessageID()).startsWith("<rappel-").endsWith("@cellule-pdp>");

        // the Suivis page shows when each follow-up was reminded
        assertThat(services.situations().suivreSuivis().lister(responsable.id(),
                false).lignes()).extracting(l -> l.numeroDossier() + " " + PageSuivis.rappel(l))
                .containsExactlyInAnyOrder(enRetard.numeroDossier() + " rappelé le 03/12/2026 à 09:00",
                        demain.numeroDossier() + " rappelé le 03/12/2026 à 09:00", lointaine.numeroDossier() + " ");

        // the next day the follow-up, due today, is reminded again: the digest is daily
        maintenant.set(Instant.parse("2026-12-04T08:00:00Z"));
        assertThat(services.courriers().envoyerRappels().preparerEtEnvoyer().prepares()).isEqualTo(1);
        assertThat(recusPar(responsable)).hasSize(2);
    }

    @Test
    void nothing_when_the_setting_is_off_or_before_the_hour() {
        serveur.start();
        assertThat(services.courriers().envoyerRappels().preparerEtEnvoyer().prepares()).isZero();

        activer(true);
        maintenant.set(Instant.parse("2026-12-03T05:30:00Z")); // 6:30 in Paris, the hour is 8
        assertThat(services.courriers().envoyerRappels().preparerEtEnvoyer().prepares()).isZero();
        assertThat(serveur.getReceivedMessages()).isEmpty();
        assertThat(services.stockage().rappels().findAll()).isEmpty();
    }

    @Test
    void offline_the_digest_waits_and_leaves_once_the_server_answers() {
        activer(true);

        var horsLigne = services.courriers().envoyerRappels().preparerEtEnvoyer();
        assertThat(horsLigne.prepares()).isEqualTo(1);
        assertThat(horsLigne.envoi().echecs()).hasSize(1);
        assertThat(services.stockage().rappels().findAll()).singleElement()
                .satisfies(r -> assertThat(r.tentatives()).isEqualTo(1));

        serveur.start();
        maintenant.set(maintenant.get().plus(Duration.ofMinutes(2)));
        var enLigne = services.courriers().envoyerRappels().preparerEtEnvoyer();
        assertThat(enLigne.prepares()).isZero();
        assertThat(enLigne.envoi().envoyes()).isEqualTo(1);
        assertThat(recusPar(responsable)).hasSize(1);
    }

    @Test
    void only_the_coordinatrice_sends_reminders_or_changes_their_setting_and_bad_values_are_refused() {
        Utilisateur coordinatrice = services.utilisateur();
        services.connecter(new Utilisateur(responsable.id(), "referent", Role.REFERENT_SOCIAL));
        assertThatThrownBy(() -> services.courriers().envoyerRappels().preparerEtEnvoyer())
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("seule la coordinatrice");
        assertThatThrownBy(() -> services.courriers().reglerRappels().enregistrer(true, 7, 8))
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("seule la coordinatrice");
        services.connecter(coordinatrice);
        assertThatThrownBy(() -> services.courriers().reglerRappels().enregistrer(true, 7, 25))
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("heure");
        assertThat(services.courriers().reglerRappels().reglage().actifs()).isFalse();
    }
}
