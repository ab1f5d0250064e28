package fr.cellulepdp.app.demande;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.situation.Situation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One file's medical opinion without a window: written by a medical référent, refused to a social one. */
class ModeleAvisMedicalTest extends SurDemoSansFenetre {

    private static Utilisateur en(Role role) {
        Membre membre = services.stockage().membres().findAll().stream().filter(m -> m.role() == role).findFirst()
                .orElseThrow();
        return new Utilisateur(membre.id(), "membre", role);
    }

    @Test
    void a_medical_referent_writes_the_opinion_and_a_social_referent_is_told_she_may_not_read_it() {
        Situation situation = services.stockage().situations().findAll().get(0);
        services.connecter(en(Role.REFERENT_MEDICAL));
        ModeleAvisMedical medecin = new ModeleAvisMedical(services.situations().avisMedical(),
                ExecuteurTaches.synchrone(), situation);
        assertThat(medecin.ecrit()).isTrue();
        medecin.avis.set("Reprise envisageable à mi-temps.");
        List<Situation> enregistrees = new ArrayList<>();
        medecin.enregistrer(enregistrees::add);
        assertThat(enregistrees).hasSize(1);
        assertThat(medecin.etatProperty().get()).isEmpty();

        ModeleAvisMedical relu = new ModeleAvisMedical(services.situations().avisMedical(),
                ExecuteurTaches.synchrone(), situation);
        relu.lire();
        assertThat(relu.avis.get()).isEqualTo("Reprise envisageable à mi-temps.");

        services.connecter(en(Role.REFERENT_SOCIAL));
        ModeleAvisMedical sociale = new ModeleAvisMedical(services.situations().avisMedical(),
                ExecuteurTaches.synchrone(), situation);
        assertThat(sociale.ecrit()).isFalse();
        sociale.lire();
        assertThat(sociale.avis.get()).isEmpty();
        assertThat(sociale.etatProperty().get()).contains("n'est lu que par les référents médicaux");
        sociale.avis.set("Tentative");
        sociale.enregistrer(enregistrees::add);
        assertThat(enregistrees).hasSize(1);
        assertThat(sociale.etatProperty().get()).contains("Avis refusé");
    }
}
