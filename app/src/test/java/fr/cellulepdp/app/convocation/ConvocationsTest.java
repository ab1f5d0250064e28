package fr.cellulepdp.app.convocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.convocation.ConvoquerSeance;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.StatutSeance;
import fr.cellulepdp.model.situation.Assure;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Convocations of the demo cell's planned meeting through the outbox, received by a real SMTP server (GreenMail) and
 * opened as a member's mail client would: the .ics read back strictly with ical4j, the agenda PDF's text read.
 */
class ConvocationsTest {

    private static final String COMPTE_SMTP = CelluleEnLigne.COMPTE_SMTP;

    @TempDir
    Path dossier;

    private final AtomicReference<Instant> maintenant = new AtomicReference<>(Instant.parse("2026-11-23T10:00:00Z"));
    private CelluleEnLigne cellule;
    private Services services;
    private GreenMail serveur;
    private Seance seance;

    @BeforeEach
    void preparer() throws IOException {
        cellule = new CelluleEnLigne(dossier, maintenant::get);
        services = cellule.services;
        serveur = cellule.serveur;
        seance = services.seances().convoquerSeance().trouver(null);
    }

    @AfterEach
    void arreter() {
        cellule.close();
    }

    private List<Membre> convoques() {
        return seance.presences().stream().map(Presence::membreId).map(services.stockage().membres()::get)
                .filter(m -> !m.email().isBlank()).toList();
    }

    /** The Message-IDs already read: the server lists its messages per mailbox, not in their order of arrival. */
    private final java.util.Set<String> lus = new java.util.HashSet<>();

    /** Sends the outbox, then returns the messages received since the last call, opened. */
    private List<MessagesRecus> envoyerEtRecevoir() throws Exception {
        services.courriers().envoyerCourriers().envoyer((f, t) -> { });
        List<MessagesRecus> nouveaux = new ArrayList<>();
        for (MimeMessage recu : serveur.getReceivedMessages()) {
            if (lus.add(recu.getMessageID())) {
                nouveaux.add(MessagesRecus.lire(recu));
            }
        }
        return nouveaux;
    }

    /** The names of the people whose files are on the meeting's agenda: the full agenda shows them. */
    private List<String> nomsALOrdreDuJour() {
        return seance.ordreDuJour().stream().map(p -> services.stockage().situations().get(p.situationId()))
                .map(s -> services.stockage().assures().get(s.assureId())).map(Assure::nom).distinct().toList();
    }

    /** What no e-mail's subject or body may say: any person's name or NIR. */
    private void sansDonneePersonnelle(MessagesRecus message) {
        for (Assure assure : services.stockage().assures().findAll()) {
            assertThat(message.objet() + "\n" + message.corps()).doesNotContain(assure.nom())
                    .doesNotContain(assure.nir().corps()).doesNotContain(assure.nir().formate());
        }
    }

    @Test
    void every_convoked_member_receives_a_valid_invitation_and_the_agenda_they_may_read() throws Exception {
        ConvoquerSeance.Rapport rapport = services.seances().convoquerSeance().convoquer(seance.id());
        List<MessagesRecus> recus = envoyerEtRecevoir();

        List<Membre> convoques = convoques();
        assertThat(convoques).hasSizeGreaterThan(2).anyMatch(m -> m.role() == Role.PARTENAIRE);
        assertThat(rapport.misEnFile()).isEqualTo(convoques.size());
        assertThat(rapport.sequence()).isZero();
        assertThat(recus).extracting(MessagesRecus::destinataire)
                .containsExactlyInAnyOrderElementsOf(convoques.stream().map(Membre::email).toList());
        Map<String, Membre> parAdresse = convoques.stream().collect(Collectors.toMap(Membre::email,
                Function.identity()));
        List<String> noms = nomsALOrdreDuJour();
        assertThat(noms).isNotEmpty();
        for (MessagesRecus message : recus) {
            assertThat(message.typeCalendrier()).contains("text/calendar").contains("method=REQUEST");
            assertThat(message.methode()).isEqualTo("REQUEST");
            assertThat(message.propriete("UID")).isEqualTo("seance-" + seance.id() + "@cellule-pdp");
            assertThat(message.propriete("SEQUENCE")).isEqualTo("0");
            var debut = message.evenement().getProperty("DTSTART").orElseThrow();
            assertThat(debut.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Paris");
            assertThat(debut.getValue()).isEqualTo(seance.date().toString().replace("-", "") + "T"
                    + seance.heure().toString().replace(":", "") + "00");
            assertThat(message.propriete("ORGANIZER")).isEqualTo("mailto:" + COMPTE_SMTP);
            assertThat(message.propriete("LOCATION")).contains(seance.lienVisio());
            assertThat(message.propriete("DURATION")).startsWith("PT");
            assertThat(message.pdfs()).hasSize(1);
            String ordreDuJour = message.pdfs().get(0);
            if (parAdresse.get(message.destinataire()).role() == Role.PARTENAIRE) {
                assertThat(noms).allSatisfy(nom -> assertThat(ordreDuJour).doesNotContainIgnoringCase(nom));
                assertThat(message.corps()).contains("pseudonymisée");
            } else {
                assertThat(noms).allSatisfy(nom -> assertThat(ordreDuJour).containsIgnoringCase(nom));
            }
            sansDonneePersonnelle(message);
        }
        assertThat(services.stockage().courrielsMembres().deLaSeance(seance.id()))
                .hasSize(convoques.size()).allSatisfy(c -> assertThat(c.statut().name()).isEqualTo("ENVOYEE"));
    }

    @Test
    void a_changed_date_sends_the_same_uid_with_a_higher_sequence_and_nothing_twice() throws Exception {
        services.seances().convoquerSeance().convoquer(seance.id());
        int premiers = envoyerEtRecevoir().size();
        assertThatThrownBy(() -> services.seances().convoquerSeance().convoquer(seance.id()))
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("déjà reçu");

        Seance deplacee = services.seances().deplacerSeance().deplacer(seance.id(),
                seance.date().plusDays(2), LocalTime.of(9, 30), "Salle du conseil, CPAM de la Nièvre", "");
        ConvoquerSeance.Rapport rapport = services.seances().convoquerSeance().convoquer(seance.id());
        List<MessagesRecus> misesAJour = envoyerEtRecevoir();

        assertThat(rapport.miseAJour()).isTrue();
        assertThat(rapport.sequence()).isEqualTo(1);
        assertThat(misesAJour).hasSize(premiers).allSatisfy(message -> {
            assertThat(message.objet()).startsWith("Modification de la séance");
            assertThat(message.methode()).isEqualTo("REQUEST");
            assertThat(message.propriete("UID")).isEqualTo("seance-" + seance.id() + "@cellule-pdp");
            assertThat(message.propriete("SEQUENCE")).isEqualTo("1");
            assertThat(message.propriete("DTSTART")).isEqualTo(deplacee.date().toString().replace("-", "")
                    + "T093000");
            assertThat(message.propriete("LOCATION")).isEqualTo("Salle du conseil, CPAM de la Nièvre");
        });
    }

    @Test
    void a_cancelled_meeting_sends_method_cancel_and_its_requests_wait_again() throws Exception {
        services.seances().convoquerSeance().convoquer(seance.id());
        int premiers = envoyerEtRecevoir().size();
        List<UUID> demandes = seance.ordreDuJour().stream().flatMap(p -> p.demandeIds().stream()).toList();

        int annulations = services.seances().convoquerSeance().annuler(seance.id(), "grève");
        List<MessagesRecus> recus = envoyerEtRecevoir();

        assertThat(annulations).isEqualTo(premiers);
        assertThat(recus).hasSize(premiers).allSatisfy(message -> {
            assertThat(message.typeCalendrier()).contains("method=CANCEL");
            assertThat(message.methode()).isEqualTo("CANCEL");
            assertThat(message.propriete("UID")).isEqualTo("seance-" + seance.id() + "@cellule-pdp");
            assertThat(message.propriete("SEQUENCE")).isEqualTo("1");
            assertThat(message.propriete("STATUS")).isEqualTo("CANCELLED");
            assertThat(message.corps()).doesNotContain("grève");
            assertThat(message.pdfs()).isEmpty();
            sansDonneePersonnelle(message);
        });
        assertThat(services.stockage().seances().get(seance.id()).statut()).isEqualTo(StatutSeance.ANNULEE);
        assertThat(demandes).isNotEmpty().allSatisfy(id -> assertThat(services.stockage().demandes().get(id)
                .statut()).isEqualTo(StatutDemande.A_ETUDIER));
        assertThatThrownBy(() -> services.seances().convoquerSeance().convoquer(seance.id()))
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("annulée");
    }

    @Test
    void a_role_without_the_right_is_refused_before_anything_is_written() {
        long audit = services.stockage().journalAudit().findAll().size();
        for (Role role : List.of(Role.REFERENT_SOCIAL, Role.REFERENT_MEDICAL, Role.REFERENT_ADMINISTRATIF,
                Role.PARTENAIRE)) {
            services.connecter(new Utilisateur(null, "autre", role));
            assertThatThrownBy(() -> services.seances().convoquerSeance().convoquer(seance.id()))
                    .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("seule la coordinatrice");
            assertThatThrownBy(() -> services.seances().convoquerSeance().annuler(seance.id(), "motif"))
                    .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("seule la coordinatrice");
            assertThatThrownBy(() -> services.seances().deplacerSeance().deplacer(seance.id(), seance.date()
                    .plusDays(1), seance.heure(), "Salle", "")).isInstanceOf(SaisieInvalideException.class);
            assertThatThrownBy(() -> services.seances().parametrerDiffusion().choisirProcesVerbalAuxInternes(true))
                    .isInstanceOf(SaisieInvalideException.class);
        }
        assertThat(services.stockage().courrielsMembres().count()).isZero();
        assertThat(services.stockage().seances().get(seance.id())).isEqualTo(seance);
        assertThat(services.stockage().courrielsMembres().procesVerbalAuxInternes()).isFalse();
        assertThat(services.stockage().journalAudit().findAll()).hasSize((int) audit);
    }

    @Test
    void a_meeting_without_a_time_is_refused_and_nothing_is_queued() {
        Seance sansHeure = services.stockage().seances().save(new Seance(seance.id(), seance.version(),
                seance.numero(), seance.date(), null, seance.lieu(), seance.lienVisio(), seance.statut(),
                seance.secretaireId(), seance.presences(), seance.invites(), seance.ordreDuJour(), ""));

        assertThatThrownBy(() -> services.seances().convoquerSeance().convoquer(sansHeure.id()))
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("n’a pas d’heure");
        assertThat(services.stockage().courrielsMembres().count()).isZero();
    }
}
