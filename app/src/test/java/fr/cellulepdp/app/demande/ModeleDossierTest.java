package fr.cellulepdp.app.demande;

import fr.cellulepdp.app.wiring.FenetrePrincipaleCablee;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.decision.ModeleDecisionUrgente;
import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.situation.ModeleFicheSituation;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.decision.HistoriquePersonne;
import fr.cellulepdp.model.situation.Situation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One person's file without a window, on the demo cell: what each role is offered (no medical opinion for a partner
 * or a social référent, no editing for those who do not write files), which commands the selected request allows,
 * and the withdrawal and the file's form going through.
 */
class ModeleDossierTest extends SurDemoSansFenetre {

    private static Utilisateur en(Role role) {
        Membre membre = services.stockage().membres().findAll().stream().filter(m -> m.role() == role).findFirst()
                .orElseThrow();
        return new Utilisateur(membre.id(), "membre", role);
    }

    /** An open file with a request still to study, and that request. */
    private static Demande enAttente(int rang) {
        return services.stockage().demandes().findByStatut(StatutDemande.A_ETUDIER).stream()
                .filter(d -> services.stockage().situations().get(d.situationId()).estOuverte()).skip(rang)
                .findFirst().orElseThrow();
    }

    private static ModeleDossier ouvrir(Role role, Situation situation) {
        services.connecter(en(role));
        ModeleDossier modele = new ModeleDossier(
                new FenetrePrincipaleCablee(services).dossier(), ExecuteurTaches.synchrone(), situation, "DUPONT Marie");
        modele.charger();
        return modele;
    }

    private static HistoriquePersonne.Ligne ligne(ModeleDossier modele, Demande demande) {
        return modele.lignes().stream().filter(l -> l.demande().id().equals(demande.id())).findFirst().orElseThrow();
    }

    @Test
    void each_role_sees_the_commands_it_may_use_and_no_medical_opinion_unless_it_reads_it() {
        Situation situation = services.stockage().situations().get(enAttente(0).situationId());

        ModeleDossier coordinatrice = ouvrir(Role.COORDINATRICE, situation);
        assertThat(coordinatrice.lignes()).isNotEmpty();
        assertThat(coordinatrice.enteteProperty().get()).startsWith(situation.numeroDossier() + " — DUPONT Marie — ");
        assertThat(List.of(coordinatrice.ecrit(), coordinatrice.urgencePossible(), coordinatrice.coordinatrice()))
                .containsOnly(true);
        assertThat(coordinatrice.avisMedicalVisible()).as("as the demo cell allows her")
                .isEqualTo(services.cellule().orElseThrow().litAvisMedical(Role.COORDINATRICE));

        ModeleDossier sociale = ouvrir(Role.REFERENT_SOCIAL, situation);
        assertThat(sociale.ecrit()).isTrue();
        assertThat(List.of(sociale.urgencePossible(), sociale.coordinatrice(), sociale.avisMedicalVisible()))
                .containsOnly(false);

        ModeleDossier medecin = ouvrir(Role.REFERENT_MEDICAL, situation);
        assertThat(medecin.avisMedicalVisible()).isTrue();
        assertThat(medecin.ecrit()).isTrue();

        ModeleDossier administratif = ouvrir(Role.REFERENT_ADMINISTRATIF, situation);
        assertThat(administratif.lignes()).isNotEmpty();
        assertThat(List.of(administratif.ecrit(), administratif.urgencePossible(), administratif.avisMedicalVisible(),
                administratif.nouvellePossibleProperty().get())).containsOnly(false);
        administratif.selectionProperty().set(ligne(administratif, enAttente(0)));
        assertThat(administratif.demandeModifiableProperty().get()).isFalse();

        ModeleDossier partenaire = ouvrir(Role.PARTENAIRE, situation);
        assertThat(partenaire.lignes()).as("a partner never reads an identified file").isEmpty();
        assertThat(partenaire.messageProperty().get()).contains("un partenaire ne consulte pas les dossiers");
        assertThat(partenaire.enErreurProperty().get()).isTrue();
        assertThat(List.of(partenaire.ecrit(), partenaire.urgencePossible(), partenaire.coordinatrice(),
                partenaire.avisMedicalVisible())).containsOnly(false);
    }

    @Test
    void the_commands_on_a_request_follow_its_state_and_a_withdrawal_goes_through() {
        Demande attente = enAttente(1);
        Situation situation = services.stockage().situations().get(attente.situationId());
        ModeleDossier modele = ouvrir(Role.REFERENT_SOCIAL, situation);
        assertThat(modele.nouvellePossibleProperty().get()).isTrue();
        assertThat(modele.demandeModifiableProperty().get()).as("nothing chosen").isFalse();

        modele.selectionProperty().set(ligne(modele, attente));
        assertThat(modele.demandeModifiableProperty().get()).isTrue();

        modele.retirer();

        assertThat(services.stockage().demandes().get(attente.id()).statut()).isEqualTo(StatutDemande.RETIREE);
        assertThat(ligne(modele, attente).demande().statut()).as("read again").isEqualTo(StatutDemande.RETIREE);
        assertThat(modele.selectionProperty().get().demande().id()).as("still chosen").isEqualTo(attente.id());
        assertThat(modele.demandeModifiableProperty().get()).as("a withdrawn request stays as it is").isFalse();
        assertThat(modele.messageProperty().get()).isEqualTo("Demande retirée.");
    }

    @Test
    void a_request_waiting_on_a_file_closed_meanwhile_is_no_longer_offered_to_change() {
        Demande attente = enAttente(0);
        Situation ouverte = services.stockage().situations().get(attente.situationId());
        ModeleDossier modele = ouvrir(Role.COORDINATRICE, ouverte);
        modele.selectionProperty().set(modele.lignes().stream()
                .filter(l -> l.demande().id().equals(attente.id())).findFirst().orElseThrow());
        assertThat(modele.demandeModifiableProperty().get()).isTrue();

        Situation s = ouverte;
        modele.afficher(new Situation(s.id(), s.version() + 1, s.numeroDossier(), s.assureId(),
                s.referentSocialId(), s.dateSignalement(), s.origine(), s.risque(), s.debutArret(),
                s.finArretPrevue(), s.consentement(), s.urgent(), s.complexe(), s.notesSociales(), s.avisMedical(),
                fr.cellulepdp.model.situation.StatutSituation.CLOTUREE,
                fr.cellulepdp.model.situation.IssueSituation.values()[0], HORLOGE.aujourdhui(),
                s.serviceSanteTravail()));
        assertThat(modele.demandeModifiableProperty().get()).as("edit, withdraw, urgent decision").isFalse();
    }

    @Test
    void a_decided_request_and_a_closed_file_allow_no_change() {
        Situation close = services.stockage().situations().findAll().stream().filter(s -> !s.estOuverte())
                .findFirst().orElseThrow();
        ModeleDossier modele = ouvrir(Role.COORDINATRICE, close);
        assertThat(modele.nouvellePossibleProperty().get()).as("no request on a closed file").isFalse();
        modele.lignes().stream().filter(l -> l.demande().statut() == StatutDemande.DECIDEE).findFirst()
                .ifPresent(decidee -> {
                    modele.selectionProperty().set(decidee);
                    assertThat(modele.demandeModifiableProperty().get()).isFalse();
                    assertThat(modele.courriers(decidee)).isNotNull();
                });
        List<ModeleDecisionUrgente> urgences = new ArrayList<>();
        modele.deciderEnUrgence(urgences::add);
        assertThat(urgences).isEmpty();
    }

    @Test
    void the_file_form_is_read_as_saved_and_its_save_updates_the_header() {
        Situation situation = services.stockage().situations().get(enAttente(2).situationId());
        ModeleDossier modele = ouvrir(Role.COORDINATRICE, situation);
        List<ModeleFicheSituation<Situation>> formulaires = new ArrayList<>();
        modele.modifierDossier(formulaires::add);
        ModeleFicheSituation<Situation> formulaire = formulaires.get(0);
        assertThat(formulaire.ecrit()).isTrue();
        assertThat(formulaire.modifie()).isFalse();

        formulaire.statutDossierProperty().set(fr.cellulepdp.model.situation.StatutSituation.SUIVIE);
        formulaire.enregistrer(modele::afficher);

        assertThat(modele.situation().statut()).isEqualTo(fr.cellulepdp.model.situation.StatutSituation.SUIVIE);
        assertThat(modele.enteteProperty().get()).endsWith(", suivie");

        ModeleDossier administratif = ouvrir(Role.REFERENT_ADMINISTRATIF, situation);
        administratif.modifierDossier(formulaires::add);
        assertThat(formulaires).as("no form for a role that does not write files").hasSize(1);
    }
}
