package fr.cellulepdp.app.seance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.seance.Seance;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * « Planifier une séance » as a view model without a window, on the demo cell: a refusal is
 * said in French and keeps what was typed; what is accepted is recorded in the user's name.
 */
class ModelePlanificationTest extends SurDemoSansFenetre {

    private static List<Membre> actifs() {
        return services.stockage().membres().findAll().stream().filter(Membre::actif).toList();
    }

    private static Utilisateur referentSocial() {
        return actifs().stream().filter(m -> m.role() == Role.REFERENT_SOCIAL).findFirst()
                .map(m -> new Utilisateur(m.id(), "referent", Role.REFERENT_SOCIAL)).orElseThrow();
    }

    @Test
    void a_meeting_planned_with_a_member_left_out_after_an_unreadable_time_kept_every_field() {
        ModelePlanification modele = new ModelePlanification(services.seances().preparerSeance(),
                ExecuteurTaches.synchrone(), actifs());
        List<Seance> planifiees = new ArrayList<>();
        assertThat(modele.heure.get()).isEqualTo("14:00");
        assertThat(modele.membres()).allSatisfy(m -> assertThat(modele.convoque(m).get()).isTrue());

        modele.date.set(HORLOGE.aujourdhui().plusWeeks(3));
        modele.heure.set("14h");
        modele.lieu.set("Salle du conseil");
        Membre absent = modele.membres().get(modele.membres().size() - 1);
        modele.convoque(absent).set(false);
        modele.planifier(planifiees::add);
        assertThat(modele.problemesProperty().get()).contains("numéro ou heure illisible");
        assertThat(planifiees).isEmpty();
        assertThat(modele.lieu.get()).isEqualTo("Salle du conseil");

        modele.heure.set("09:30");
        modele.planifier(planifiees::add);
        assertThat(modele.problemesProperty().get()).isEmpty();
        Seance seance = planifiees.get(0);
        int derniere = services.stockage().seances().findAll().stream().filter(s -> !s.id().equals(seance.id()))
                .mapToInt(Seance::numero).max().orElseThrow();
        assertThat(seance.numero()).as("le numéro suivant").isEqualTo(derniere + 1);
        assertThat(seance.heure()).hasToString("09:30");
        assertThat(seance.lieu()).isEqualTo("Salle du conseil");
        assertThat(seance.presences()).extracting(p -> p.membreId()).doesNotContain(absent.id())
                .hasSize(modele.membres().size() - 1);
    }

    @Test
    void a_social_referent_is_refused_planning_in_french() {
        var referent = connecter(referentSocial());
        ModelePlanification modele = new ModelePlanification(services.seances().preparerSeance(),
                ExecuteurTaches.synchrone(), actifs());
        modele.date.set(HORLOGE.aujourdhui().plusWeeks(5));
        List<Seance> planifiees = new ArrayList<>();
        modele.planifier(planifiees::add);
        assertThat(planifiees).isEmpty();
        assertThat(modele.problemesProperty().get()).startsWith("Planification refusée :")
                .contains("seule la coordinatrice");
    }
}
