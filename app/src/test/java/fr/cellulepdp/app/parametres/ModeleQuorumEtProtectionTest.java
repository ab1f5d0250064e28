package fr.cellulepdp.app.parametres;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.app.compte.DelaiVerrouillage;
import fr.cellulepdp.app.wiring.FenetrePrincipaleCablee;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quorum rule and the data-protection settings as view models without a window, on the demo cell. */
class ModeleQuorumEtProtectionTest extends SurDemoSansFenetre {

    private final List<Exception> erreurs = new ArrayList<>();

    private static Cellule cellule() {
        return services.cellule().orElseThrow();
    }

    private static Utilisateur referentSocial() {
        return services.stockage().membres().findAll().stream().filter(m -> m.role() == Role.REFERENT_SOCIAL)
                .findFirst().map(m -> new Utilisateur(m.id(), "referent", Role.REFERENT_SOCIAL)).orElseThrow();
    }

    @Test
    void the_quorum_rule_shown_as_recorded_is_saved_as_changed_and_refused_to_a_referent() {
        ModeleQuorum modele = new ModeleQuorum(services.miseEnPlace().parametrerQuorum(), ExecuteurTaches.synchrone(),
                erreurs::add);
        modele.afficher(cellule().quorum());
        assertThat(modele.medicaux.get()).isEqualTo(cellule().quorum().referentsMedicauxMin());

        modele.administratifs.set(1);
        modele.enregistrer();
        assertThat(modele.etatProperty().get()).isEqualTo("Règle enregistrée.");
        assertThat(cellule().quorum().referentsAdministratifsMin()).isEqualTo(1);
        assertThat(erreurs).isEmpty();

        modele.sociaux.set(-1);
        modele.enregistrer();
        assertThat(erreurs).singleElement().isInstanceOf(IllegalArgumentException.class);

        Utilisateur referent = connecter(referentSocial());
        ModeleQuorum refuse = new ModeleQuorum(services.miseEnPlace().parametrerQuorum(), ExecuteurTaches.synchrone(),
                erreurs::add);
        refuse.afficher(cellule().quorum());
        refuse.administratifs.set(3);
        refuse.enregistrer();
        assertThat(erreurs).hasSize(2).last().isInstanceOf(SaisieInvalideException.class);
        assertThat(cellule().quorum().referentsAdministratifsMin()).isEqualTo(1);
    }

    @Test
    void a_retention_out_of_bounds_is_refused_in_french_keeping_what_was_typed_then_a_valid_one_is_saved() {
        ModeleProtection modele = new ModeleProtection(services.miseEnPlace().parametrerProtection(), minutes -> { },
                ExecuteurTaches.synchrone());
        modele.afficher(cellule());
        modele.conservation.set(31);
        modele.verrouillage.set(15);
        modele.enregistrer();
        assertThat(modele.etatProperty().get()).startsWith("Réglages refusés :")
                .contains("la durée de conservation est de 1 à 30 ans.");
        assertThat(modele.conservation.get()).isEqualTo(31);
        assertThat(modele.verrouillage.get()).isEqualTo(15);

        modele.conservation.set(6);
        modele.enregistrer();
        assertThat(modele.etatProperty().get()).startsWith("Réglages enregistrés");
        assertThat(cellule().conservationAnnees()).isEqualTo(6);
        assertThat(cellule().verrouillageMinutes()).isEqualTo(15);
    }

    @Test
    void the_lock_delay_saved_in_the_settings_applies_to_the_running_session_s_lock_and_a_refusal_leaves_it() {
        DelaiVerrouillage delai = new DelaiVerrouillage(cellule().verrouillageMinutes());
        ModeleProtection modele = new ModeleParametres(new FenetrePrincipaleCablee(services, delai::changer)
                .parametres(), ExecuteurTaches.synchrone(), erreurs::add).protection();
        modele.afficher(cellule());
        Duration avant = delai.delai();

        modele.conservation.set(31);
        modele.verrouillage.set(3);
        modele.enregistrer();
        assertThat(modele.etatProperty().get()).startsWith("Réglages refusés :");
        assertThat(delai.delai()).as("rien d'enregistré, rien d'appliqué").isEqualTo(avant);

        modele.conservation.set(6);
        modele.enregistrer();
        assertThat(delai.delai()).as("le verrou de la session en cours").isEqualTo(Duration.ofMinutes(3));
        assertThat(modele.etatProperty().get()).isEqualTo("Réglages enregistrés : le verrouillage après 3 minutes "
                + "d’inactivité s’applique dès maintenant (sur un autre poste, à sa prochaine connexion).");
        assertThat(erreurs).isEmpty();
    }
}
