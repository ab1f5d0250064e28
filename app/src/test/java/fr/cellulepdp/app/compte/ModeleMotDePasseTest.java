package fr.cellulepdp.app.compte;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.compte.Compte;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * « Changer mon mot de passe… » without a window, on the demo cell and its accounts: a wrong current password is
 * refused in place, then a social référent changes her own, which then logs her in.
 */
class ModeleMotDePasseTest extends SurDemoSansFenetre {

    @BeforeAll
    static void creerLesComptes() {
        services.miseEnPlace().chargementDemo().creerComptes();
    }

    @Test
    void a_wrong_current_password_is_refused_in_place_then_her_own_is_changed_and_logs_her_in() {
        Compte compte = services.stockage().comptes().findAll().stream()
                .filter(c -> c.role() == Role.REFERENT_SOCIAL).findFirst().orElseThrow();
        services.connecter(compte.utilisateur());
        ModeleMotDePasse modele = new ModeleMotDePasse(services.miseEnPlace().gererComptes(), services.session(),
                ExecuteurTaches.synchrone());
        AtomicInteger changes = new AtomicInteger();
        assertThat(modele.identifiant()).isEqualTo(compte.identifiant());

        modele.actuel.set("Pas-le-bon-2026!");
        modele.nouveau.set("Nouveau-Secret-2027");
        modele.confirmation.set("Nouveau-Secret-2027");
        modele.changer(changes::incrementAndGet);
        assertThat(modele.problemesProperty().get()).contains("Mot de passe inchangé")
                .contains("le mot de passe actuel est incorrect");
        assertThat(changes).hasValue(0);
        assertThat(modele.nouveau.get()).as("ce qui a été tapé reste").isEqualTo("Nouveau-Secret-2027");
        assertThat(modele.enCoursProperty().get()).isFalse();

        modele.actuel.set(ComptesDemo.MOT_DE_PASSE);
        modele.changer(changes::incrementAndGet);
        assertThat(changes).hasValue(1);
        assertThat(modele.problemesProperty().get()).isEmpty();
        assertThat(services.miseEnPlace().seConnecter().connecter(compte.identifiant(),
                "Nouveau-Secret-2027".toCharArray())
                .role()).isEqualTo(Role.REFERENT_SOCIAL);
        assertThat(services.stockage().journalAudit().findAll()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("MOT_DE_PASSE_CHANGE");
            assertThat(e.acteur()).isEqualTo(compte.identifiant());
        });
    }
}
