package fr.cellulepdp.app.seance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.seance.Seance;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * « Planifier une séance » and « Décision urgente » as view models without a window, on the demo cell: a refusal is
 * said in French and keeps what was typed; what is accepted is recorded in the user's name.
 */
class ModelePlanificationEtUrgenceTest extends SurDemoSansFenetre {

    private static List<Membre> actifs() {
        return services.stockage().membres().findAll().stream().filter(Membre::actif).toList();
    }

    private static Utilisateur referentSocial() {
        return actifs().stream().filter(m -> m.role() == Role.REFERENT_SOCIAL).findFirst()
                .map(m -> new Utilisateur(m.id(), "referent", Role.REFERENT_SOCIAL)).orElseThrow();
    }

    @Test
    void a_meeting_planned_with_a_member_left_out_after_an_unreadable_time_kept_every_field() {
        ModelePlanification modele = new ModelePlanification(services.preparerSeance(), services::utilisateur,
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
        ModelePlanification modele = new ModelePlanification(services.preparerSeance(), () -> referentSocial(),
                ExecuteurTaches.synchrone(), actifs());
        modele.date.set(HORLOGE.aujourdhui().plusWeeks(5));
        List<Seance> planifiees = new ArrayList<>();
        modele.planifier(planifiees::add);
        assertThat(planifiees).isEmpty();
        assertThat(modele.problemesProperty().get()).startsWith("Planification refusée :")
                .contains("seule la coordinatrice");
    }

    @Test
    void an_urgent_decision_is_checked_as_typed_then_recorded_with_the_medical_referent() {
        Demande attente = services.stockage().demandes().findByStatut(StatutDemande.A_ETUDIER).stream()
                .filter(d -> services.stockage().situations().get(d.situationId()).estOuverte())
                .findFirst().orElseThrow();
        ModeleDecisionUrgente modele = new ModeleDecisionUrgente(services.controleDecision(),
                services.deciderEnUrgence(), services::utilisateur, ExecuteurTaches.synchrone(), attente,
                services.stockage().membres().findAll());
        List<Decision> decidees = new ArrayList<>();
        assertThat(modele.medecins()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.role()).isEqualTo(Role.REFERENT_MEDICAL));

        modele.issue.set(IssueDecision.ACCORD_SOUS_RESERVE);
        assertThat(modele.problemesProperty().get()).as("vérifié à la saisie")
                .contains("un accord sous réserve doit énoncer ses conditions");
        modele.fiche.montant.set("12 5O,00");
        assertThat(modele.problemesProperty().get()).isEqualTo(FicheDecision.MONTANT_ILLISIBLE);
        modele.decider(decidees::add);
        assertThat(decidees).isEmpty();

        modele.fiche.montant.set("");
        modele.fiche.conditions.set("Convention de stage signée.");
        modele.decider(decidees::add);
        assertThat(decidees).isEmpty();
        assertThat(modele.problemesProperty().get()).startsWith("Décision refusée :")
                .contains("choisissez le référent médical qui décide avec vous");
        assertThat(modele.fiche.conditions.get()).as("rien de ce qui est saisi n'est perdu")
                .isEqualTo("Convention de stage signée.");

        modele.medecin.set(modele.medecins().get(0));
        modele.decider(decidees::add);
        assertThat(decidees).singleElement().satisfies(d -> {
            assertThat(d.estHorsSeance()).isTrue();
            assertThat(d.referentMedicalUrgenceId()).isEqualTo(modele.medecins().get(0).id());
            assertThat(d.conditions()).isEqualTo("Convention de stage signée.");
        });
    }
}
