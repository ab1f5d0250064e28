package fr.cellulepdp.persistence.compte;

import fr.cellulepdp.persistence.base.BaseDeDonnees;
import fr.cellulepdp.persistence.base.BasesDeTest;
import fr.cellulepdp.persistence.base.Exemples;
import fr.cellulepdp.persistence.base.SurBaseTemporaire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.audit.X25519;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.compte.GererComptes;
import fr.cellulepdp.model.compte.SeConnecter;
import fr.cellulepdp.model.situation.AvisMedicalSituation;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The medical opinion under a key of its own: stored encrypted, opened only by the logins whose attested role reads
 * it; the database key (any internal account's password) and a role edited in the database read nothing.
 */
class CleMedicaleTest extends SurBaseTemporaire {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-23T09:00:00Z"));
    private static final HachageArgon2 HACHAGE = new HachageArgon2();
    private static final char[] MDP = "Cellule-PDP-2026!".toCharArray();
    private static final String AVIS = "Lombalgie chronique : port de charges à proscrire";

    private Utilisateur coordinatrice;

    @BeforeEach
    void comptes() {
        base.cellules().save(Exemples.cellule());
        base.membres().save(Exemples.membre(Exemples.REFERENTE, Role.REFERENT_SOCIAL));
        base.assures().save(Exemples.assure());
        base.situations().save(Exemples.situation().avecAvisMedical("Avis écrit avant le chiffrement"));
        GererComptes comptes = new GererComptes(base, HACHAGE, HORLOGE, () -> coordinatrice);
        coordinatrice = comptes.creerPremier("helene.martinel", null, MDP, MDP).utilisateur();
        comptes.creer("jeanne.medecin", null, Role.REFERENT_MEDICAL, MDP, MDP);
        comptes.creer("paul.social", null, Role.REFERENT_SOCIAL, MDP, MDP);
    }

    @Test
    void the_first_medical_login_encrypts_the_opinions_and_reads_them_back() {
        assertThat(base.situations().get(Exemples.SITUATION).avisMedical()).isEqualTo("Avis écrit avant le chiffrement");

        Utilisateur medecin = new SeConnecter(base, HACHAGE, HORLOGE).connecter("jeanne.medecin", MDP);
        AvisMedicalSituation avis = new AvisMedicalSituation(base, HORLOGE, () -> medecin);
        assertThat(base.situations().get(Exemples.SITUATION).avisMedical()).startsWith("chiffre:v1:")
                .doesNotContain("Avis écrit");
        assertThat(avis.lire(Exemples.SITUATION)).isEqualTo("Avis écrit avant le chiffrement");

        avis.enregistrer(Exemples.SITUATION, AVIS);
        assertThat(base.situations().get(Exemples.SITUATION).avisMedical()).startsWith("chiffre:v1:")
                .doesNotContain("Lombalgie");
        assertThat(avis.lire(Exemples.SITUATION)).isEqualTo(AVIS);
    }

    @Test
    void another_role_s_keys_open_nothing_and_a_role_edited_in_the_database_is_given_nothing() {
        new SeConnecter(base, HACHAGE, HORLOGE).connecter("paul.social", MDP);
        new SeConnecter(base, HACHAGE, HORLOGE).connecter("jeanne.medecin", MDP);
        assertThat(base.clesMedicales().findAll()).containsOnlyKeys("jeanne.medecin");

        // the social référent's own key-agreement key, opened by his password, does not open the physician's wrap
        var cleSocial = base.clesDeSession().echange("paul.social").orElseThrow();
        assertThat(X25519.ouvrir(base.clesMedicales().find("jeanne.medecin").orElseThrow(), cleSocial,
                base.clesSignature().find("paul.social").orElseThrow().clePubliqueEchange())).isEmpty();

        // he makes himself medical référent in the database: the next holder's login still gives him nothing
        base.comptes().save(base.comptes().findByIdentifiant("paul.social").orElseThrow()
                .avecRole(Role.REFERENT_MEDICAL));
        new SeConnecter(base, HACHAGE, HORLOGE).connecter("jeanne.medecin", MDP);
        assertThat(base.clesMedicales().find("paul.social")).isEmpty();
    }

    @Test
    void a_second_medical_referent_receives_the_key_at_the_next_login_of_one_who_holds_it() {
        new SeConnecter(base, HACHAGE, HORLOGE).connecter("jeanne.medecin", MDP);
        new GererComptes(base, HACHAGE, HORLOGE, () -> coordinatrice).creer("louis.medecin", null, Role.REFERENT_MEDICAL,
                MDP, MDP);
        new SeConnecter(base, HACHAGE, HORLOGE).connecter("jeanne.medecin", MDP);

        try (BaseDeDonnees autreSession = BasesDeTest.ouvrir(fichier)) {
            Utilisateur louis = new SeConnecter(autreSession, HACHAGE, HORLOGE).connecter("louis.medecin", MDP);
            assertThat(new AvisMedicalSituation(autreSession, HORLOGE, () -> louis).lire(Exemples.SITUATION))
                    .isEqualTo("Avis écrit avant le chiffrement");
        }
    }
}
