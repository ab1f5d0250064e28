package fr.cellulepdp.model.cellule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.annuaire.GererAnnuaire;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.decision.ControleDecision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.SaisieDecision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.GererDemandes;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.document.GenererDocumentsSeance;
import fr.cellulepdp.model.document.GererModelesCourrier;
import fr.cellulepdp.model.indicateur.EditerBilan;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import fr.cellulepdp.model.notification.ParametrerSmtp;
import fr.cellulepdp.model.notification.SuivreCourriers;
import fr.cellulepdp.model.seance.ConsulterSeance;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.SeanceDeDemo;
import fr.cellulepdp.model.seance.TenirSeance;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The readings the use cases keep to some roles, refused before anything is read (an attacker with another role's
 * session calls the use case, not the hidden button), and those any account makes refused once logged out.
 */
class LecturesReserveesTest {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-30T14:00:00Z"));
    private static final List<Role> INTERNES = List.of(Role.COORDINATRICE, Role.REFERENT_SOCIAL,
            Role.REFERENT_MEDICAL, Role.REFERENT_ADMINISTRATIF);

    private final StockageEnMemoire base = new StockageEnMemoire();
    private final SessionDeTest session = new SessionDeTest(null);

    private void agir(Role role) {
        session.devient(new Utilisateur(null, role.name().toLowerCase(), role));
    }

    @Test
    void a_partner_is_refused_the_letters_follow_up_and_the_checks_of_a_request_or_a_decision() {
        new ChargerDonneesDemo(base, Utilisateur::systeme).executer(SeanceDeDemo.REFERENCE);
        Demande demande = base.demandes().findAll().get(0);
        UUID seance = base.seances().findAll().get(0).id();
        UUID decision = base.decisions().findAll().get(0).id();
        SaisieDecision saisie = new SaisieDecision(demande.id(), IssueDecision.ACCORD, null, "", "", null, null, null,
                "", null, "", List.of());
        SuivreCourriers courriers = new SuivreCourriers(base, HORLOGE, session);
        ControleDecision controle = new ControleDecision(base, HORLOGE, session);
        GererDemandes demandes = new GererDemandes(base, HORLOGE, session);
        List<ThrowingCallable> lectures = List.of(() -> courriers.etatDecision(decision), courriers::enAttente,
                () -> courriers.deLaSeance(seance), () -> courriers.entierementNotifiee(seance),
                () -> demandes.verifier(demande), () -> controle.verifier(saisie),
                () -> controle.reglesEnfreintes(saisie));

        agir(Role.PARTENAIRE);
        for (ThrowingCallable lecture : lectures) {
            assertThatThrownBy(lecture).isInstanceOf(SaisieInvalideException.class)
                    .hasMessageContaining("seuls les membres internes de la cellule");
        }
        for (Role role : INTERNES) {
            agir(role);
            for (ThrowingCallable lecture : lectures) {
                assertThatCode(lecture).as(role.name()).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void only_the_coordinatrice_reads_the_mail_server_the_letters_wording_the_demo_and_a_meeting_to_produce() {
        GenererDocumentsSeance documents = new GenererDocumentsSeance(base, null, null, HORLOGE, null, null,
                session);
        ParametrerSmtp smtp = new ParametrerSmtp(base, null, HORLOGE, session);
        GererModelesCourrier modeles = new GererModelesCourrier(base, HORLOGE, session);
        ChargerDonneesDemo demo = new ChargerDonneesDemo(base, session);
        UUID inconnue = UUID.randomUUID();
        List<ThrowingCallable> lectures = List.of(smtp::lire, modeles::modeles, demo::possible,
                () -> demo.executer(SeanceDeDemo.REFERENCE), () -> documents.trouver(null),
                () -> documents.apercu(inconnue));

        for (Role role : List.of(Role.REFERENT_SOCIAL, Role.REFERENT_MEDICAL, Role.REFERENT_ADMINISTRATIF,
                Role.PARTENAIRE)) {
            agir(role);
            for (ThrowingCallable lecture : lectures) {
                assertThatThrownBy(lecture).as(role.name()).isInstanceOf(SaisieInvalideException.class)
                        .hasMessageContaining("seule la coordinatrice");
            }
        }
        assertThat(base.cellules().count()).as("the demo refused wrote nothing").isZero();

        agir(Role.COORDINATRICE);
        assertThat(smtp.lire()).isEmpty();
        assertThat(modeles.modeles()).isNotEmpty();
        assertThat(demo.possible()).isTrue();
        demo.executer(SeanceDeDemo.REFERENCE);
        Seance derniere = documents.trouver(null);
        assertThat(derniere.estCloturee()).isTrue();
    }

    @Test
    void once_logged_out_the_lists_any_member_reads_are_refused() {
        new ChargerDonneesDemo(base, Utilisateur::systeme).executer(SeanceDeDemo.REFERENCE);
        Seance seance = base.seances().findAll().get(0);
        agir(Role.PARTENAIRE);
        TenirSeance tenir = new TenirSeance(base, HORLOGE, session);
        ConsulterSeance consulter = new ConsulterSeance(base, tenir, session);
        EditerBilan bilan = new EditerBilan(base, null, null, HORLOGE, session);
        List<ThrowingCallable> lectures = List.of(new GererMembres(base, HORLOGE, session)::lister,
                new GererAnnuaire(base, HORLOGE, session)::lister, () -> consulter.marqueur(seance.id()),
                () -> tenir.constatQuorum(seance), () -> tenir.peutDecider(seance),
                // the figures the page computed before the session closed (refused before they are read)
                () -> bilan.editer((fr.cellulepdp.model.indicateur.Indicateurs) null));

        session.devient(null);
        for (ThrowingCallable lecture : lectures) {
            assertThatThrownBy(lecture).isInstanceOf(IllegalStateException.class);
        }
    }
}
