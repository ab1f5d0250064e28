package fr.cellulepdp.app.annuaire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.cellule.CelluleVide;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.annuaire.GererAnnuaire;
import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.annuaire.TypeOrganisation;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory's view model, without a window, on a real H2 file: checks as typed, add, change, deactivate. */
class ModeleAnnuaireTest {

    @TempDir
    Path dossier;

    private Services services;
    private ModeleAnnuaire modele;

    @BeforeEach
    void ouvrir() {
        services = CelluleVide.ouvrir(dossier);
        modele = new ModeleAnnuaire(services.miseEnPlace().gererAnnuaire(), ExecuteurTaches.synchrone());
        modele.charger();
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    @Test
    void an_organisation_is_checked_as_typed_refused_with_every_problem_then_added_changed_and_deactivated() {
        modele.nouvelle();
        ModeleFicheOrganisation fiche = modele.fiche();
        fiche.nomProperty().set("Service de santé au travail de la Nièvre");
        fiche.adresse1Property().set("12 rue du Rempart");
        fiche.codePostalProperty().set("58");
        fiche.telephoneProperty().set("03");
        assertThat(fiche.probleme(GererAnnuaire.CODE_POSTAL)).contains("code postal invalide");
        assertThat(fiche.probleme(GererAnnuaire.TELEPHONE)).contains("numéro de téléphone invalide");
        assertThat(fiche.probleme(GererAnnuaire.TYPE)).as("pas encore choisi").isEmpty();

        modele.enregistrer();

        assertThat(fiche.message()).startsWith("Enregistrement refusé :").contains("• type : choisissez le type",
                "• code postal : code postal invalide", "• téléphone : numéro de téléphone invalide",
                "• ville : une adresse postale comprend le code postal et la ville.");
        assertThat(fiche.probleme(GererAnnuaire.VILLE)).contains("comprend le code postal et la ville");
        assertThat(services.miseEnPlace().gererAnnuaire().lister()).isEmpty();
        assertThat(fiche.nomProperty().get()).isEqualTo("Service de santé au travail de la Nièvre");

        fiche.typeProperty().set(TypeOrganisation.SANTE_TRAVAIL);
        fiche.codePostalProperty().set("58000");
        fiche.villeProperty().set("Nevers");
        fiche.telephoneProperty().set("03 86 59 00 00");
        modele.enregistrer();

        Organisation ajoutee = services.miseEnPlace().gererAnnuaire().lister().get(0);
        assertThat(ajoutee.fiche()).isEqualTo(fiche.fiche());
        assertThat(modele.organisations()).containsExactly(ajoutee);
        assertThat(fiche.message()).isEqualTo("Organisme ajouté : Service de santé au travail de la Nièvre.");

        modele.editer(ajoutee);
        fiche.emailProperty().set("contact@spsti58.exemple.fr");
        modele.enregistrer();
        assertThat(services.miseEnPlace().gererAnnuaire().lister().get(0).email()).isEqualTo("contact@spsti58.exemple.fr");
        assertThat(fiche.message()).startsWith("Organisme enregistré");

        modele.basculerActif(modele.enEditionProperty().get());
        assertThat(services.miseEnPlace().gererAnnuaire().actives()).isEmpty();
        assertThat(modele.organisations()).singleElement().satisfies(o -> assertThat(o.actif()).isFalse());
        assertThat(fiche.message()).endsWith("désactivé, il n'est plus proposé dans les formulaires.");
        modele.basculerActif(modele.enEditionProperty().get());
        assertThat(services.miseEnPlace().gererAnnuaire().actives(TypeOrganisation.SANTE_TRAVAIL)).hasSize(1);
    }

    @Test
    void an_organisation_needs_a_postal_address_or_an_e_mail_and_is_not_entered_twice() {
        modele.nouvelle();
        modele.fiche().typeProperty().set(TypeOrganisation.CAP_EMPLOI);
        modele.fiche().nomProperty().set("Cap Emploi Nièvre");
        modele.enregistrer();
        assertThat(modele.fiche().message()).contains("indiquez au moins l'adresse postale ou le courriel");

        modele.fiche().emailProperty().set("contact@capemploi58.exemple.fr");
        modele.enregistrer();
        modele.nouvelle();
        modele.fiche().typeProperty().set(TypeOrganisation.CAP_EMPLOI);
        modele.fiche().nomProperty().set("cap emploi nièvre");
        modele.fiche().emailProperty().set("autre@capemploi58.exemple.fr");
        modele.enregistrer();

        assertThat(modele.fiche().message()).contains("cet organisme est déjà dans l'annuaire");
        assertThat(modele.fiche().probleme(GererAnnuaire.NOM)).contains("déjà dans l'annuaire");
        assertThat(services.miseEnPlace().gererAnnuaire().lister()).hasSize(1);
    }
}
