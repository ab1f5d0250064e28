package fr.cellulepdp.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.compte.AccesChiffre;
import fr.cellulepdp.model.decision.DeciderEnUrgence;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.SeanceDeDemo;
import fr.cellulepdp.model.seance.SeancesDesDecisions;
import fr.cellulepdp.persistence.depot.Moteur;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An urgent decision sends few statements, each one costing the decision its rendering, parsing and execution
 * (issue 22, decision 0054): the request is read once, not once by the use case, once by the checks and once more
 * before its status changes; the open and the planned meetings holding it are read in one query; the decision is
 * inserted without first checking that its id is free; the request's new status is saved alone, not with every
 * column and its medical agreements deleted and written again.
 */
class DecisionUrgenteEnPeuDeRequetesTest extends SurBaseTemporaire {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-25T10:00:00Z"));

    private RequetesComptees requetes;
    private BaseDeDonnees espionne;

    @BeforeEach
    void demo() {
        new ChargerDonneesDemo(base, Utilisateur::systeme).executer(SeanceDeDemo.REFERENCE);
        BasesDeTest.Acces acces = BasesDeTest.acces(fichier);
        requetes = new RequetesComptees(acces);
        espionne = new BaseDeDonnees(requetes, () -> { }, Moteur.de(acces.url()), acces.url(), "espionne",
                AccesChiffre.AUCUN);
    }

    @Test
    void a_waiting_request_is_decided_in_ten_statements() {
        UUID demande = base.demandes().findByStatut(StatutDemande.A_ETUDIER).get(0).id();

        requetes.depuisLaDerniereFois();
        UUID decision = urgence().decider(medecin(), SeanceDeDemo.saisie(demande, IssueDecision.SANS_OBJET)).id();

        assertThat(requetes.depuisLaDerniereFois()).isEqualTo(10);
        assertThat(base.demandes().get(demande).statut()).isEqualTo(StatutDemande.DECIDEE);
        assertThat(base.decisions().get(decision).issue()).isEqualTo(IssueDecision.SANS_OBJET);
        assertThat(base.journalAudit().dernier().orElseThrow().action()).isEqualTo("DECISION_URGENTE");
    }

    @Test
    void a_request_on_the_planned_agenda_leaves_it_and_is_decided() {
        Seance prevue = SeanceDeDemo.seancePlanifiee(base);
        UUID demande = SeanceDeDemo.demandesDecidees(base, prevue).get(0);

        urgence().decider(medecin(), SeanceDeDemo.saisie(demande, IssueDecision.ACCORD));

        assertThat(base.seances().get(prevue.id()).pointDe(demande)).isEmpty();
        assertThat(base.demandes().get(demande).statut()).isEqualTo(StatutDemande.DECIDEE);
    }

    private DeciderEnUrgence urgence() {
        Utilisateur coordinatrice = SeanceDeDemo.coordinatrice(base);
        return new DeciderEnUrgence(espionne, HORLOGE, new SeancesDesDecisions(espionne), () -> coordinatrice);
    }

    private UUID medecin() {
        return base.membres().findAll().stream().filter(m -> m.role() == Role.REFERENT_MEDICAL).findFirst()
                .orElseThrow().id();
    }
}
