package fr.cellulepdp.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.model.cellule.FicheMembre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.persistence.base.AccesBase;
import fr.cellulepdp.persistence.compte.HachageArgon2;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A login on the encrypted file proves the password once: unwrapping the account's own key-ring entry (bound to the
 * login) stands for the Argon2id check of the stored hash, which would only repeat it (issue 22).
 */
class ConnexionSansDoubleArgon2Test {

    private static final char[] MDP_A = "Cellule-Essai-2026!".toCharArray();
    private static final char[] MDP_B = "Sociale-Essai-2026!".toCharArray();

    @TempDir
    Path dossier;

    private AccesBase acces;
    private UUID compteB;

    @BeforeEach
    void deuxComptes() {
        Path base = dossier.resolve("cellule");
        try (Services services = Services.ouvrir(base, Horloge.systeme())) {
            var coordinatrice = services.gererComptes().creerPremier("claire.essai", null, MDP_A, MDP_A).utilisateur();
            var sociale = services.gererMembres().ajouter(coordinatrice, new FicheMembre("", "Sophie", "Garnier",
                    "ASS", "CPAM", Role.REFERENT_SOCIAL, "", false));
            compteB = services.gererComptes().creer(coordinatrice, "sophie.garnier", sociale.id(),
                    Role.REFERENT_SOCIAL, MDP_B, MDP_B).id();
        }
        acces = AccesBase.fichier(base);
        assertThat(acces.verrouillee()).isTrue();
    }

    @Test
    void a_login_on_the_encrypted_file_runs_argon2id_once_for_the_password_plus_the_signing_keys() {
        Services.ouvrir(acces, Horloge.systeme(), "sophie.garnier", MDP_B).close();
        long avant = HachageArgon2.calculs();
        try (Services services = Services.ouvrir(acces, Horloge.systeme(), "sophie.garnier", MDP_B)) {
            // key ring (the password's one proof), then the Ed25519 and X25519 keys it opens; no hash check
            assertThat(HachageArgon2.calculs() - avant).isEqualTo(3);
            assertThat(services.utilisateur().identifiant()).isEqualTo("sophie.garnier");
            // the signed trail still works: the login entry is signed by the key opened with the password
            assertThat(services.stockage().journalAudit().findAll()).last()
                    .satisfies(e -> assertThat(e.signature()).isNotEmpty());
        }
    }

    @Test
    void the_password_of_account_a_does_not_log_in_as_b_and_the_refusal_is_recorded() {
        assertThatThrownBy(() -> Services.ouvrir(acces, Horloge.systeme(), "sophie.garnier", MDP_A))
                .hasMessageContaining("identifiant ou mot de passe incorrect");
        assertThatThrownBy(() -> Services.ouvrir(acces, Horloge.systeme(), "sophie.garnier", "faux".toCharArray()))
                .hasMessageContaining("identifiant ou mot de passe incorrect");
        try (Services services = Services.ouvrir(acces, Horloge.systeme(), "sophie.garnier", MDP_B)) {
            assertThat(services.stockage().journalAudit().findAll())
                    .filteredOn(e -> e.action().equals("CONNEXION_REFUSEE")).extracting(EvenementAudit::details)
                    .singleElement().asString().startsWith("2 mot(s) de passe refusé(s) sur le fichier chiffré");
        }
    }

    @Test
    void after_a_password_reset_the_former_password_no_longer_logs_in_and_the_new_one_does() {
        char[] nouveau = "Nouveau-Essai-2026!".toCharArray();
        try (Services services = Services.ouvrir(acces, Horloge.systeme(), "claire.essai", MDP_A)) {
            services.gererComptes().changerMotDePasse(services.utilisateur(), compteB, nouveau, nouveau);
        }
        assertThatThrownBy(() -> Services.ouvrir(acces, Horloge.systeme(), "sophie.garnier", MDP_B))
                .hasMessageContaining("identifiant ou mot de passe incorrect");
        try (Services services = Services.ouvrir(acces, Horloge.systeme(), "sophie.garnier", nouveau)) {
            assertThat(services.utilisateur().identifiant()).isEqualTo("sophie.garnier");
        }
    }
}
