package fr.cellulepdp.app.parametres;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.cellule.CelluleVide;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.FicheMembre;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.compte.Compte;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paramètres › Comptes' view model, without a window: an account made from a member without one. */
class ModeleComptesTest {

    private static final String MOT_DE_PASSE = "Referente-Sociale-2026";

    @TempDir
    Path dossier;

    private Services services;
    private ModeleComptes modele;

    @BeforeEach
    void ouvrir() {
        services = CelluleVide.ouvrir(dossier);
        modele = new ModeleComptes(services.miseEnPlace().gererComptes(), ExecuteurTaches.synchrone());
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    @Test
    void an_account_is_created_from_a_member_without_one_with_the_member_s_role_and_a_proposed_login() {
        Membre helene = services.miseEnPlace().gererMembres().ajouter(new FicheMembre("Madame", "Hélène",
                "Lœuillet-Saint Père", "Assistante sociale", "CPAM de la Nièvre", Role.REFERENT_SOCIAL, "", false));
        Membre inactif = services.miseEnPlace().gererMembres().ajouter(new FicheMembre("", "Paul", "Vernier",
                "Médecin du travail", "SPSTI", Role.PARTENAIRE, "", false,
                fr.cellulepdp.model.cellule.Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL));
        services.miseEnPlace().gererMembres().activer(inactif.id(), false);
        modele.charger();
        assertThat(modele.membresSansCompte()).containsExactly(helene);
        assertThat(modele.resumeSansCompteProperty().get()).startsWith("1 membre actif n'a pas encore de compte");

        modele.membreProperty().set(helene);

        assertThat(modele.roleProperty().get()).isEqualTo(Role.REFERENT_SOCIAL);
        assertThat(modele.roleLibreProperty().get()).isFalse();
        assertThat(modele.identifiantProperty().get()).isEqualTo("helene.loeuillet-saint-pere");

        modele.motDePasseProperty().set(MOT_DE_PASSE);
        modele.confirmationProperty().set("autre chose");
        modele.creer();
        assertThat(modele.messageProperty().get()).startsWith("Compte refusé :");
        assertThat(modele.identifiantProperty().get()).as("la saisie reste").isEqualTo("helene.loeuillet-saint-pere");

        modele.confirmationProperty().set(MOT_DE_PASSE);
        modele.creer();

        Compte cree = services.stockage().comptes().findByIdentifiant("helene.loeuillet-saint-pere").orElseThrow();
        assertThat(cree.membreId()).isEqualTo(helene.id());
        assertThat(cree.role()).isEqualTo(Role.REFERENT_SOCIAL);
        assertThat(modele.messageProperty().get()).isEqualTo("Compte « helene.loeuillet-saint-pere » créé (Référent "
                + "social).");
        assertThat(modele.membresSansCompte()).isEmpty();
        assertThat(modele.comptes()).extracting(Compte::identifiant).contains("helene.loeuillet-saint-pere",
                CelluleVide.IDENTIFIANT);
        assertThat(modele.motDePasseProperty().get()).isEmpty();
        assertThat(services.miseEnPlace().seConnecter().connecter("helene.loeuillet-saint-pere",
                MOT_DE_PASSE.toCharArray())
                .membreId()).isEqualTo(helene.id());
    }
}
