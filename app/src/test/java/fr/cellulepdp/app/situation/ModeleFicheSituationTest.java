package fr.cellulepdp.app.situation;

import fr.cellulepdp.app.wiring.FenetrePrincipaleCablee;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.CreerSituation;
import fr.cellulepdp.model.situation.EtatDossier;
import fr.cellulepdp.model.situation.IssueSituation;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutSituation;
import fr.cellulepdp.model.situation.ValidationFiche;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The situation form without a window, on the demo cell: a refused save keeps every field and names each problem on
 * its field; creating and editing go through to the database and back; a change not saved is known; the roles that
 * do not write files get no Save.
 */
class ModeleFicheSituationTest extends SurDemoSansFenetre {

    private static Utilisateur en(Role role) {
        Membre membre = services.stockage().membres().findAll().stream().filter(m -> m.role() == role).findFirst()
                .orElseThrow();
        return new Utilisateur(membre.id(), "membre", role);
    }

    private static ModeleFicheSituation<CreerSituation.Resultat> nouvelle(Role role) {
        services.connecter(en(role));
        return ModeleFicheSituation.nouvelle(
                new FenetrePrincipaleCablee(services).ficheSituation(), ExecuteurTaches.synchrone(),
                services.miseEnPlace().gererMembres().referentsSociauxActifs());
    }

    private static ModeleFicheSituation<Situation> modification(Situation situation) {
        Assure assure = services.stockage().assures().get(situation.assureId());
        return ModeleFicheSituation.modification(
                new FenetrePrincipaleCablee(services).ficheSituation(), ExecuteurTaches.synchrone(),
                services.miseEnPlace().gererMembres().referentsSociauxActifs(), assure,
                services.stockage().situations().get(situation.id()));
    }

    /** The fields a new situation cannot do without. */
    private static void remplirLeMinimum(ModeleFicheSituation<?> modele, String nir, String nom, String prenom) {
        modele.nir.set(nir);
        modele.nom.set(nom);
        modele.prenom.set(prenom);
        modele.origine.set(Origine.EMPLOYEUR);
        modele.risque.set(Risque.MALADIE);
    }

    private static Situation ouverte(int rang) {
        return services.stockage().situations().findAll().stream().filter(Situation::estOuverte).skip(rang)
                .findFirst().orElseThrow();
    }

    @Test
    void a_refused_save_keeps_every_field_as_typed_and_names_each_problem_on_its_field() {
        ModeleFicheSituation<CreerSituation.Resultat> modele = nouvelle(Role.REFERENT_SOCIAL);
        long avant = services.stockage().situations().count();
        modele.nir.set("269054958815781");
        modele.nom.set("Essai");
        modele.prenom.set("Camille");
        modele.origine.set(Origine.EMPLOYEUR);
        modele.risque.set(Risque.MALADIE);
        modele.urgent.set(true);
        modele.partenaires.get(Partenaire.values()[0]).set(true);
        assertThat(modele.probleme(ValidationFiche.NIR)).as("shown as typed")
                .isEqualTo("la clé « 81 » ne correspond pas au numéro : vérifiez la saisie.");
        assertThat(modele.probleme(ValidationFiche.MOTIF_URGENT)).as("ticking Urgente shows its reason's problem")
                .isEqualTo("une situation urgente doit indiquer le motif de l'urgence.");

        List<CreerSituation.Resultat> enregistrees = new ArrayList<>();
        modele.enregistrer(enregistrees::add);

        assertThat(enregistrees).isEmpty();
        assertThat(services.stockage().situations().count()).isEqualTo(avant);
        assertThat(modele.message()).startsWith("Enregistrement refusé :")
                .contains("NIR : la clé « 81 » ne correspond pas au numéro")
                .contains("motif de l'urgence : une situation urgente doit indiquer le motif");
        assertThat(modele.enErreurProperty().get()).isTrue();
        assertThat(modele.probleme(ValidationFiche.NOM)).isEmpty();
        assertThat(List.of(modele.nir.get(), modele.nom.get(), modele.prenom.get())).as("nothing wiped")
                .containsExactly("269054958815781", "Essai", "Camille");
        assertThat(modele.origine.get()).isEqualTo(Origine.EMPLOYEUR);
        assertThat(modele.risque.get()).isEqualTo(Risque.MALADIE);
        assertThat(modele.urgent.get()).isTrue();
        assertThat(modele.partenaires.get(Partenaire.values()[0]).get()).isTrue();
        assertThat(modele.modifie()).as("still to save").isTrue();

        // as she fixes them, the list follows, and goes once nothing is left
        modele.nir.set("2 69 05 49 588 157 80");
        assertThat(modele.probleme(ValidationFiche.NIR)).isEmpty();
        assertThat(modele.message()).doesNotContain("NIR").contains("motif de l'urgence");
        modele.motifUrgent.set("Fin des indemnités journalières proche");
        assertThat(modele.message()).isEmpty();
    }

    @Test
    void a_new_situation_is_created_and_read_back_and_a_nir_already_followed_leads_to_its_open_file() {
        ModeleFicheSituation<CreerSituation.Resultat> modele = nouvelle(Role.COORDINATRICE);
        assertThat(modele.signalement.get()).isEqualTo(HORLOGE.aujourdhui());
        assertThat(modele.modifie()).as("the defaults are not typing").isFalse();
        Membre referente = modele.referents().get(0);
        modele.nir.set("1 85 03 75 112 004 47");
        modele.nom.set("Martin");
        modele.prenom.set("Louis");
        modele.naissance.set(LocalDate.of(1985, 3, 14));
        modele.origine.set(Origine.ASSURE);
        modele.risque.set(Risque.MALADIE);
        modele.referent.set(referente);
        modele.complexe.set(true);
        modele.motifComplexe.set("Plusieurs employeurs");
        modele.serviceSanteTravail.set("SPSTI de la Nièvre");
        assertThat(modele.modifie()).isTrue();

        List<CreerSituation.Resultat> resultats = new ArrayList<>();
        modele.enregistrer(resultats::add);

        assertThat(modele.message()).isEqualTo("Dossier enregistré.");
        assertThat(modele.modifie()).isFalse();
        CreerSituation.Resultat resultat = resultats.get(0);
        assertThat(resultat.creee()).isTrue();
        ModeleFicheSituation<Situation> relue = modification(resultat.situation());
        assertThat(relue.titre()).isEqualTo("Modifier le dossier " + resultat.situation().numeroDossier());
        assertThat(relue.nir.get()).as("written the usual way").isEqualTo("1 85 03 75 112 004 47");
        assertThat(List.of(relue.nom.get(), relue.prenom.get(), relue.motifComplexe.get(),
                relue.serviceSanteTravail.get())).containsExactly("Martin", "Louis", "Plusieurs employeurs",
                "SPSTI de la Nièvre");
        assertThat(relue.naissance.get()).isEqualTo(LocalDate.of(1985, 3, 14));
        assertThat(relue.referent.get()).isEqualTo(referente);
        assertThat(relue.complexe.get()).isTrue();
        assertThat(relue.statutDossier.get()).isEqualTo(StatutSituation.OUVERTE);
        assertThat(relue.modifie()).as("read, not typed").isFalse();

        ModeleFicheSituation<CreerSituation.Resultat> doublon = nouvelle(Role.COORDINATRICE);
        remplirLeMinimum(doublon, "185037511200447", "Martin", "Louis");
        long avant = services.stockage().situations().count();
        doublon.enregistrer(resultats::add);
        assertThat(resultats.get(1).creee()).isFalse();
        assertThat(resultats.get(1).situation().numeroDossier()).isEqualTo(resultat.situation().numeroDossier());
        assertThat(services.stockage().situations().count()).isEqualTo(avant);
    }

    @Test
    void editing_a_file_refuses_closing_without_an_outcome_keeps_the_input_then_closes_it() {
        services.connecter(en(Role.COORDINATRICE));
        Situation ouverte = ouverte(0);
        ModeleFicheSituation<Situation> modele = modification(ouverte);
        assertThat(modele.issueSaisissable().get()).isFalse();
        modele.nom.set("Renommée");
        modele.statutDossier.set(StatutSituation.CLOTUREE);
        assertThat(modele.issueSaisissable().get()).isTrue();

        List<Situation> enregistrees = new ArrayList<>();
        modele.enregistrer(enregistrees::add);

        assertThat(enregistrees).isEmpty();
        assertThat(modele.probleme(EtatDossier.ISSUE)).isEqualTo("un dossier clôturé doit indiquer son issue.");
        assertThat(modele.probleme(EtatDossier.CLOTURE))
                .isEqualTo("un dossier clôturé doit indiquer sa date de clôture.");
        assertThat(modele.message()).contains("issue : un dossier clôturé doit indiquer son issue.");
        assertThat(services.stockage().situations().get(ouverte.id())).isEqualTo(ouverte);
        assertThat(modele.nom.get()).isEqualTo("Renommée");
        assertThat(modele.statutDossier.get()).isEqualTo(StatutSituation.CLOTUREE);

        modele.issue.set(IssueSituation.RECONVERSION);
        modele.cloture.set(LocalDate.of(2026, 11, 20));
        modele.enregistrer(enregistrees::add);

        assertThat(enregistrees).singleElement().satisfies(s -> {
            assertThat(s.statut()).isEqualTo(StatutSituation.CLOTUREE);
            assertThat(s.issue()).isEqualTo(IssueSituation.RECONVERSION);
        });
        assertThat(services.stockage().assures().get(ouverte.assureId()).nom()).isEqualTo("Renommée");
        ModeleFicheSituation<Situation> relue = modification(ouverte);
        assertThat(relue.cloture.get()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(relue.issue.get()).isEqualTo(IssueSituation.RECONVERSION);
        // the change is in the audit trail by field name, never with the value typed
        EvenementAudit modification = services.stockage().journalAudit().findAll().stream()
                .filter(e -> e.action().equals("MODIFICATION") && e.details().contains(ouverte.numeroDossier()))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(modification.details()).contains("personne, champs modifiés : nom")
                .contains("statut", "issue", "dateCloture").doesNotContain("Renommée");
    }

    @Test
    void a_file_changed_meanwhile_is_refused_in_french_and_what_was_typed_stays() {
        services.connecter(en(Role.REFERENT_SOCIAL));
        Situation situation = ouverte(1);
        ModeleFicheSituation<Situation> lente = modification(situation);
        ModeleFicheSituation<Situation> rapide = modification(situation);
        rapide.notes.set("Entretien du 20 novembre.");
        rapide.enregistrer(s -> { });
        assertThat(rapide.enErreurProperty().get()).isFalse();

        lente.telephone.set("03 86 00 00 00");
        lente.notes.set("Autre note");
        List<Situation> enregistrees = new ArrayList<>();
        lente.enregistrer(enregistrees::add);

        assertThat(enregistrees).isEmpty();
        assertThat(lente.message()).contains("a été modifié(e) entre-temps par une autre saisie");
        assertThat(lente.enErreurProperty().get()).isTrue();
        assertThat(lente.telephone.get()).isEqualTo("03 86 00 00 00");
        assertThat(lente.notes.get()).isEqualTo("Autre note");
        assertThat(lente.modifie()).isTrue();
        assertThat(services.stockage().situations().get(situation.id()).notesSociales())
                .isEqualTo("Entretien du 20 novembre.");
    }

    @Test
    void only_the_roles_that_write_files_may_save_the_form() {
        assertThat(nouvelle(Role.COORDINATRICE).ecrit()).isTrue();
        assertThat(nouvelle(Role.REFERENT_SOCIAL).ecrit()).isTrue();
        assertThat(nouvelle(Role.REFERENT_MEDICAL).ecrit()).isTrue();

        ModeleFicheSituation<CreerSituation.Resultat> administratif = nouvelle(Role.REFERENT_ADMINISTRATIF);
        assertThat(administratif.ecrit()).isFalse();
        remplirLeMinimum(administratif, "2 69 05 49 588 157 80", "Essai", "Camille");
        long avant = services.stockage().situations().count();
        administratif.enregistrer(r -> { });
        assertThat(services.stockage().situations().count()).isEqualTo(avant);
    }
}
