package fr.cellulepdp.app.cellule;

import fr.cellulepdp.app.wiring.FenetrePrincipaleCablee;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.cellule.ModeleMiseEnPlace.Etape;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.annuaire.TypeOrganisation;
import fr.cellulepdp.model.cellule.Role;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The set-up's steps, without a window, on a new H2 file: which step shows, skipping, coming back, what is done. */
class ModeleMiseEnPlaceTest {

    @TempDir
    Path dossier;

    private Services services;
    private ModeleMiseEnPlace miseEnPlace;

    @BeforeEach
    void ouvrir() {
        services = CelluleVide.ouvrir(dossier);
        miseEnPlace = new ModeleMiseEnPlace(
                new FenetrePrincipaleCablee(services).miseEnPlace(), ExecuteurTaches.synchrone());
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    private String etat(Etape etape) {
        return miseEnPlace.etatProperty(etape).get();
    }

    @Test
    void on_an_empty_database_she_starts_with_the_cell_may_skip_any_step_and_come_back() {
        assertThat(ModeleMiseEnPlace.aProposer(new FenetrePrincipaleCablee(services).miseEnPlace())).isTrue();
        miseEnPlace.demarrer();

        assertThat(miseEnPlace.couranteProperty().get()).isEqualTo(Etape.CELLULE);
        assertThat(etat(Etape.CELLULE)).isEqualTo("à renseigner");
        assertThat(etat(Etape.MA_FICHE)).isEqualTo("à remplir");
        assertThat(etat(Etape.MEMBRES)).isEqualTo("aucun membre");
        assertThat(etat(Etape.ANNUAIRE)).isEqualTo("aucun organisme");
        assertThat(miseEnPlace.libelleSuivante().get()).isEqualTo("Passer cette étape ›");

        // skipped, then chosen from the list
        assertThat(miseEnPlace.suivante()).isTrue();
        assertThat(miseEnPlace.couranteProperty().get()).isEqualTo(Etape.MA_FICHE);
        assertThat(miseEnPlace.faiteProperty(Etape.CELLULE).get()).isFalse();
        miseEnPlace.aller(Etape.ANNUAIRE);
        assertThat(miseEnPlace.libelleSuivante().get()).isEqualTo("Terminer");
        assertThat(miseEnPlace.suivante()).as("la dernière étape ferme la mise en place").isFalse();
        miseEnPlace.precedente();
        assertThat(miseEnPlace.couranteProperty().get()).isEqualTo(Etape.MEMBRES);
        miseEnPlace.aller(Etape.CELLULE);

        CelluleVide.saisir(miseEnPlace.cellule());
        miseEnPlace.cellule().enregistrer();

        assertThat(miseEnPlace.faiteProperty(Etape.CELLULE).get()).isTrue();
        assertThat(etat(Etape.CELLULE)).isEqualTo("renseignée");
        assertThat(miseEnPlace.couranteProperty().get()).as("elle choisit la suite").isEqualTo(Etape.CELLULE);
        assertThat(miseEnPlace.libelleSuivante().get()).isEqualTo("Étape suivante ›");
        assertThat(ModeleMiseEnPlace.aProposer(new FenetrePrincipaleCablee(services).miseEnPlace())).isFalse();
        // the cell's CPAM is suggested as an organisation for the members, and as hers
        assertThat(miseEnPlace.membres().organisations()).containsExactly("CPAM de la Nièvre");
        assertThat(miseEnPlace.maFiche().fiche().organisationProperty().get()).isEqualTo("CPAM de la Nièvre");
    }

    @Test
    void every_step_done_leaves_the_set_up_complete_and_a_later_opening_starts_where_work_remains() {
        miseEnPlace.demarrer();
        CelluleVide.saisir(miseEnPlace.cellule());
        miseEnPlace.cellule().enregistrer();

        ModeleMiseEnPlace ensuite = new ModeleMiseEnPlace(
                new FenetrePrincipaleCablee(services).miseEnPlace(), ExecuteurTaches.synchrone());
        ensuite.demarrer();
        assertThat(ensuite.couranteProperty().get()).as("la cellule est faite").isEqualTo(Etape.MA_FICHE);
        assertThat(ensuite.maFiche().fiche().organisationProperty().get()).isEqualTo("CPAM de la Nièvre");

        ModeleFicheMembre elle = ensuite.maFiche().fiche();
        elle.prenomProperty().set("Claire");
        elle.nomProperty().set("Dumont");
        elle.fonctionProperty().set("Responsable du service social");
        ensuite.maFiche().enregistrer();
        assertThat(ensuite.faiteProperty(Etape.MA_FICHE).get()).isTrue();
        assertThat(ensuite.etatProperty(Etape.MEMBRES).get()).as("sa fiche compte parmi les membres")
                .isEqualTo("1 membre actif ; il manque 1 référent(e) médical(e), 1 référent(e) social(e)");
        assertThat(ensuite.faiteProperty(Etape.MEMBRES).get()).isFalse();

        ensuite.suivante();
        ajouter(ensuite.membres(), "Sophie", "Garnier", Role.REFERENT_SOCIAL);
        ajouter(ensuite.membres(), "Anne", "Lefaucheux", Role.REFERENT_MEDICAL);
        assertThat(ensuite.etatProperty(Etape.MEMBRES).get()).isEqualTo("3 membres actifs, quorum possible");
        assertThat(ensuite.faiteProperty(Etape.MEMBRES).get()).isTrue();
        assertThat(ensuite.termineeProperty().get()).isFalse();

        ensuite.suivante();
        var annuaire = ensuite.annuaire();
        annuaire.nouvelle();
        annuaire.fiche().typeProperty().set(TypeOrganisation.CAP_EMPLOI);
        annuaire.fiche().nomProperty().set("Cap Emploi Nièvre");
        annuaire.fiche().emailProperty().set("contact@capemploi58.exemple.fr");
        annuaire.enregistrer();

        assertThat(ensuite.etatProperty(Etape.ANNUAIRE).get()).isEqualTo("1 organisme");
        assertThat(ensuite.termineeProperty().get()).isTrue();
        assertThat(ensuite.membres().organisations()).contains("Cap Emploi Nièvre");

        ModeleMiseEnPlace rouverte = new ModeleMiseEnPlace(
                new FenetrePrincipaleCablee(services).miseEnPlace(), ExecuteurTaches.synchrone());
        rouverte.demarrer();
        assertThat(rouverte.couranteProperty().get()).as("tout est fait : la première étape")
                .isEqualTo(Etape.CELLULE);
        assertThat(rouverte.termineeProperty().get()).isTrue();
    }

    private static void ajouter(ModeleMembres membres, String prenom, String nom, Role role) {
        membres.nouveau();
        membres.fiche().prenomProperty().set(prenom);
        membres.fiche().nomProperty().set(nom);
        membres.fiche().fonctionProperty().set("Référent");
        membres.fiche().organisationProperty().set("CPAM de la Nièvre");
        membres.fiche().roleProperty().set(role);
        membres.enregistrer();
    }
}
