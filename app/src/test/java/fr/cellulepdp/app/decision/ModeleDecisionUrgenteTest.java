package fr.cellulepdp.app.decision;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * « Décision urgente » as a view model without a window, on the demo cell: a refusal is said in French and keeps what
 * was typed; what is accepted is recorded with the medical référent.
 */
class ModeleDecisionUrgenteTest extends SurDemoSansFenetre {

    @Test
    void an_urgent_decision_is_checked_as_typed_then_recorded_with_the_medical_referent() {
        Demande attente = services.stockage().demandes().findByStatut(StatutDemande.A_ETUDIER).stream()
                .filter(d -> services.stockage().situations().get(d.situationId()).estOuverte())
                .findFirst().orElseThrow();
        ModeleDecisionUrgente modele = new ModeleDecisionUrgente(services.seances().controleDecision(),
                services.seances().deciderEnUrgence(), ExecuteurTaches.synchrone(), attente,
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
