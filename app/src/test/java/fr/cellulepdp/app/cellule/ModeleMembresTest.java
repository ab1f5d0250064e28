package fr.cellulepdp.app.cellule;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.GererMembres;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.seance.PlanSeance;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The members' view model and the coordinatrice's own form, without a window, on a real H2 file: add, check as
 * typed, change, deactivate and reactivate, delete (refused for a member who took part in a meeting), the quorum.
 */
class ModeleMembresTest {

    @TempDir
    Path dossier;

    private Services services;
    private ModeleMembres modele;

    @BeforeEach
    void ouvrir() {
        services = CelluleVide.ouvrir(dossier);
        modele = new ModeleMembres(services.miseEnPlace().parametrerCellule(), services.miseEnPlace().gererMembres(),
                services.miseEnPlace().gererAnnuaire(), ExecuteurTaches.synchrone());
        modele.charger();
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    private Membre ajouter(String prenom, String nom, Role role) {
        modele.nouveau();
        ModeleFicheMembre fiche = modele.fiche();
        fiche.civiliteProperty().set("Madame");
        fiche.prenomProperty().set(prenom);
        fiche.nomProperty().set(nom);
        fiche.fonctionProperty().set(role == Role.REFERENT_MEDICAL ? "Médecin-conseil" : "Assistante sociale");
        fiche.organisationProperty().set("CPAM de la Nièvre");
        fiche.roleProperty().set(role);
        fiche.emailProperty().set(prenom.toLowerCase() + "@cpam58.exemple.fr");
        if (role == Role.PARTENAIRE) {
            fiche.partenaireProperty().set(fr.cellulepdp.model.cellule.Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL);
        }
        modele.enregistrer();
        return modele.enEditionProperty().get();
    }

    @Test
    void a_partner_is_asked_which_organisation_they_come_from() {
        modele.nouveau();
        ModeleFicheMembre fiche = modele.fiche();
        fiche.prenomProperty().set("Paul");
        fiche.nomProperty().set("Vernier");
        fiche.fonctionProperty().set("Médecin du travail");
        fiche.organisationProperty().set("SPSTI de la Nièvre");
        fiche.roleProperty().set(Role.PARTENAIRE);
        modele.enregistrer();

        assertThat(fiche.problemeProperty(fr.cellulepdp.model.cellule.GererMembres.PARTENAIRE).get())
                .contains("choisissez de quel organisme vient ce partenaire");
        assertThat(services.miseEnPlace().gererMembres().lister()).noneMatch(m -> m.nom().equals("Vernier"));

        fiche.partenaireProperty().set(fr.cellulepdp.model.cellule.Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL);
        modele.enregistrer();
        assertThat(services.miseEnPlace().gererMembres().lister()).filteredOn(m -> m.nom().equals("Vernier")).singleElement()
                .extracting(Membre::partenaire)
                .isEqualTo(fr.cellulepdp.model.cellule.Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL);
    }

    @Test
    void her_own_form_creates_her_member_ties_her_account_and_the_session_then_acts_as_her() {
        ModeleMaFiche maFiche = new ModeleMaFiche(services.miseEnPlace().gererMembres(),
                services.miseEnPlace().parametrerCellule(),
                services.session(),
                services::connecter, ExecuteurTaches.synchrone());
        maFiche.charger();
        assertThat(maFiche.faiteProperty().get()).isFalse();
        maFiche.fiche().prenomProperty().set("Claire");
        maFiche.fiche().nomProperty().set("Dumont");
        maFiche.enregistrer();
        assertThat(maFiche.fiche().message()).contains("fonction : obligatoire.", "organisation : obligatoire.");
        assertThat(services.miseEnPlace().gererMembres().lister()).isEmpty();

        maFiche.fiche().fonctionProperty().set("Responsable du service social");
        maFiche.fiche().organisationProperty().set("CPAM de la Nièvre");
        maFiche.enregistrer();

        Membre elle = services.miseEnPlace().gererMembres().lister().get(0);
        assertThat(elle.role()).isEqualTo(Role.COORDINATRICE);
        assertThat(elle.nomComplet()).isEqualTo("Claire Dumont");
        assertThat(services.utilisateur().membreId()).isEqualTo(elle.id());
        assertThat(services.stockage().comptes().findByIdentifiant(CelluleVide.IDENTIFIANT).orElseThrow().membreId())
                .isEqualTo(elle.id());
        assertThat(maFiche.faiteProperty().get()).isTrue();
        assertThat(maFiche.fiche().message()).isEqualTo("Votre fiche est enregistrée : Claire Dumont, coordinatrice.");

        // opened again, the form changes her member instead of adding a second one
        ModeleMaFiche ensuite = new ModeleMaFiche(services.miseEnPlace().gererMembres(),
                services.miseEnPlace().parametrerCellule(),
                services.session(),
                services::connecter, ExecuteurTaches.synchrone());
        ensuite.charger();
        assertThat(ensuite.fiche().prenomProperty().get()).isEqualTo("Claire");
        ensuite.fiche().emailProperty().set("claire.dumont@cpam58.exemple.fr");
        ensuite.enregistrer();
        assertThat(services.miseEnPlace().gererMembres().lister()).singleElement()
                .satisfies(m -> assertThat(m.email()).isEqualTo("claire.dumont@cpam58.exemple.fr"));
    }

    @Test
    void a_member_is_checked_as_typed_refused_with_every_problem_then_added() {
        modele.nouveau();
        ModeleFicheMembre fiche = modele.fiche();
        fiche.emailProperty().set("sophie.garnier");
        fiche.roleProperty().set(Role.PARTENAIRE);
        fiche.suppleantProperty().set(true);
        assertThat(fiche.probleme(GererMembres.EMAIL)).contains("adresse électronique invalide");
        assertThat(fiche.probleme(GererMembres.SUPPLEANT)).contains("un partenaire ne peut pas suppléer");
        assertThat(fiche.probleme(GererMembres.NOM)).as("pas encore saisi").isEmpty();

        modele.enregistrer();

        assertThat(fiche.message()).startsWith("Enregistrement refusé :").contains("• prénom : obligatoire.",
                "• nom : obligatoire.", "• fonction : obligatoire.", "• organisation : obligatoire.",
                "• courriel : adresse électronique invalide", "• suppléance : un partenaire ne peut pas suppléer");
        assertThat(fiche.probleme(GererMembres.NOM)).isEqualTo("obligatoire.");
        assertThat(services.miseEnPlace().gererMembres().lister()).isEmpty();
        assertThat(fiche.emailProperty().get()).isEqualTo("sophie.garnier");

        Membre ajoute = ajouter("Sophie", "Garnier", Role.REFERENT_SOCIAL);

        assertThat(modele.membres()).containsExactly(ajoute);
        assertThat(ajoute.role()).isEqualTo(Role.REFERENT_SOCIAL);
        assertThat(fiche.message()).isEqualTo("Membre ajouté : Sophie Garnier (référent social).");
        assertThat(fiche.probleme(GererMembres.EMAIL)).isEmpty();
        assertThat(modele.compositionProperty().get()).isEqualTo("1 membre actif (1 référent social). Pour réunir "
                + "le quorum de la cellule, il manque la coordinatrice ou sa suppléante, 1 référent(e) médical(e).");
        assertThat(modele.quorumPossibleProperty().get()).isFalse();

        // the same name with the same role again: the use case's refusal shows on the field
        ajouter("Sophie", "Garnier", Role.REFERENT_SOCIAL);
        assertThat(fiche.message()).contains("un membre actif porte déjà ce nom avec ce rôle");
        assertThat(fiche.probleme(GererMembres.NOM)).contains("un membre actif porte déjà ce nom");
        assertThat(services.miseEnPlace().gererMembres().lister()).hasSize(1);
    }

    @Test
    void a_member_is_changed_and_a_change_made_meanwhile_elsewhere_is_not_overwritten() {
        Membre medecin = ajouter("Anne", "Lefaucheux", Role.REFERENT_MEDICAL);
        modele.editer(medecin);
        assertThat(modele.fiche().fonctionProperty().get()).isEqualTo("Médecin-conseil");
        modele.fiche().fonctionProperty().set("Médecin-conseil chef");
        modele.enregistrer();
        assertThat(services.stockage().membres().get(medecin.id()).fonction()).isEqualTo("Médecin-conseil chef");
        assertThat(modele.fiche().message()).isEqualTo("Membre enregistré : Anne Lefaucheux (référent médical).");

        ModeleMembres autrePoste = new ModeleMembres(services.miseEnPlace().parametrerCellule(),
                services.miseEnPlace().gererMembres(),
                services.miseEnPlace().gererAnnuaire(), ExecuteurTaches.synchrone());
        autrePoste.charger();
        autrePoste.editer(autrePoste.membres().get(0));
        modele.fiche().organisationProperty().set("Service médical régional");
        modele.enregistrer();
        autrePoste.fiche().fonctionProperty().set("Médecin");
        autrePoste.enregistrer();

        assertThat(autrePoste.fiche().message()).contains("modifié(e) entre-temps");
        assertThat(autrePoste.fiche().fonctionProperty().get()).isEqualTo("Médecin");
        assertThat(services.stockage().membres().get(medecin.id()).fonction()).isEqualTo("Médecin-conseil chef");
    }

    @Test
    void deactivated_members_go_last_then_come_back_and_the_quorum_follows() {
        ModeleMaFiche maFiche = new ModeleMaFiche(services.miseEnPlace().gererMembres(),
                services.miseEnPlace().parametrerCellule(),
                services.session(),
                services::connecter, ExecuteurTaches.synchrone());
        maFiche.charger();
        maFiche.fiche().prenomProperty().set("Claire");
        maFiche.fiche().nomProperty().set("Dumont");
        maFiche.fiche().fonctionProperty().set("Responsable du service social");
        maFiche.fiche().organisationProperty().set("CPAM de la Nièvre");
        maFiche.enregistrer();
        Membre sociale = ajouter("Sophie", "Garnier", Role.REFERENT_SOCIAL);
        Membre medecin = ajouter("Anne", "Lefaucheux", Role.REFERENT_MEDICAL);
        assertThat(modele.quorumPossibleProperty().get()).isTrue();
        assertThat(modele.compositionProperty().get()).isEqualTo("3 membres actifs (1 coordinatrice, 1 référent "
                + "social, 1 référent médical). Tous présents, ils réunissent le quorum de la cellule.");

        modele.basculerActif(medecin);

        assertThat(services.stockage().membres().get(medecin.id()).actif()).isFalse();
        assertThat(modele.membres()).last().satisfies(m -> {
            assertThat(m.id()).isEqualTo(medecin.id());
            assertThat(m.actif()).isFalse();
        });
        assertThat(modele.fiche().message()).startsWith("Anne Lefaucheux : fiche désactivée");
        assertThat(modele.quorumPossibleProperty().get()).isFalse();
        assertThat(modele.manquantsProperty().get()).isEqualTo("1 référent(e) médical(e)");
        assertThat(services.miseEnPlace().gererMembres().actifs()).extracting(Membre::id)
                .containsExactlyInAnyOrder(sociale.id(), services.utilisateur().membreId());

        modele.basculerActif(modele.membres().get(modele.membres().size() - 1));
        assertThat(services.stockage().membres().get(medecin.id()).actif()).isTrue();
        assertThat(modele.quorumPossibleProperty().get()).isTrue();
        assertThat(modele.fiche().message()).startsWith("Anne Lefaucheux : fiche réactivée");
    }

    @Test
    void a_member_typed_by_mistake_is_deleted_but_one_who_took_part_in_a_meeting_is_not() {
        Membre erreur = ajouter("Paul", "Vernier", Role.PARTENAIRE);
        Membre convoquee = ajouter("Sophie", "Garnier", Role.REFERENT_SOCIAL);
        services.seances().preparerSeance().planifier(new PlanSeance(null, LocalDate.of(2026, 12, 14),
                LocalTime.of(14, 0), "Salle du conseil", "", null, List.of(convoquee.id())));

        modele.supprimer(erreur);
        assertThat(services.stockage().membres().find(erreur.id())).isEmpty();
        assertThat(modele.membres()).extracting(Membre::id).containsExactly(convoquee.id());
        assertThat(modele.fiche().message()).isEqualTo("Fiche de Paul Vernier supprimée.");

        modele.editer(modele.membres().get(0));
        modele.supprimer(convoquee);

        assertThat(modele.fiche().message()).startsWith("Suppression refusée :")
                .contains("ce membre a pris part aux travaux de la cellule", "Désactivez-le");
        assertThat(modele.fiche().enErreurProperty().get()).isTrue();
        assertThat(services.stockage().membres().find(convoquee.id())).isPresent();
        assertThat(modele.enEditionProperty().get().id()).isEqualTo(convoquee.id());
    }
}
