package fr.cellulepdp.model.seance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.SessionDeTest;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.memoire.StockageEnMemoire;
import java.time.Instant;
import java.util.Comparator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a meeting's window reads besides its files: the meeting, the previous minutes and their approval. */
class ConsulterSeanceTest {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-30T14:00:00Z"));

    private StockageEnMemoire base;
    private SessionDeTest session;
    private ConsulterSeance consulter;
    private TenirSeance tenir;
    private Utilisateur coordinatrice;

    @BeforeEach
    void ouvrir() {
        base = new StockageEnMemoire();
        new ChargerDonneesDemo(base, Utilisateur::systeme).executer(SeanceDeDemo.REFERENCE);
        coordinatrice = SeanceDeDemo.coordinatrice(base);
        session = new SessionDeTest(coordinatrice);
        tenir = new TenirSeance(base, HORLOGE, session);
        consulter = new ConsulterSeance(base, tenir, session);
    }

    @Test
    void an_internal_member_reads_the_meeting_the_minutes_it_approves_and_their_approval() {
        Seance seance = SeanceDeDemo.ouverteAuComplet(base, tenir);
        Seance precedente = base.seances().findAll().stream().filter(Seance::estCloturee)
                .max(Comparator.comparing(Seance::date)).orElseThrow();
        assertThat(consulter.approbation(seance.id())).isEmpty();
        var approbation = tenir.approuverProcesVerbalPrecedent(seance.id(), Approbation.APPROUVE, "");

        session.devient(utilisateur(Role.REFERENT_ADMINISTRATIF));
        assertThat(consulter.seance(seance.id())).isEqualTo(base.seances().get(seance.id()));
        assertThat(consulter.precedente(seance)).contains(precedente);
        assertThat(consulter.approbation(seance.id())).contains(approbation);
    }

    @Test
    void a_partner_is_refused_the_meeting_the_previous_minutes_and_their_approval() {
        Seance seance = SeanceDeDemo.ouverteAuComplet(base, tenir);
        tenir.approuverProcesVerbalPrecedent(seance.id(), Approbation.APPROUVE, "");
        session.devient(utilisateur(Role.PARTENAIRE));

        assertThatThrownBy(() -> consulter.seance(seance.id())).isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("un partenaire reçoit l'ordre du jour et le procès-verbal pseudonymisés");
        assertThatThrownBy(() -> consulter.precedente(seance)).isInstanceOf(SaisieInvalideException.class);
        assertThatThrownBy(() -> consulter.approbation(seance.id())).isInstanceOf(SaisieInvalideException.class);

        session.devient(null);
        assertThatThrownBy(() -> consulter.approbation(seance.id())).isInstanceOf(IllegalStateException.class);
    }

    private Utilisateur utilisateur(Role role) {
        Membre membre = base.membres().findAll().stream().filter(m -> m.role() == role).findFirst().orElseThrow();
        return new Utilisateur(membre.id(), "membre", role);
    }
}
