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
 * A login runs Argon2id once (issue 22, decision 0041): the account's key-ring entry (bound to the login) proves the
 * password in place of the stored hash, and the signing keys open with keys HKDF-derived from the same master key.
 * Files in the former format (three Argon2id, three salts) still open, and are rewrapped at that login.
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
            var coordinatrice = services.miseEnPlace().gererComptes().creerPremier("claire.essai", null, MDP_A,
                    MDP_A).utilisateur();
            services.connecter(coordinatrice);
            var sociale = services.miseEnPlace().gererMembres().ajouter(new FicheMembre("", "Sophie", "Garnier",
                    "ASS", "CPAM", Role.REFERENT_SOCIAL, "", false));
            compteB = services.miseEnPlace().gererComptes().creer("sophie.garnier", sociale.id(),
                    Role.REFERENT_SOCIAL, MDP_B, MDP_B).id();
        }
        acces = AccesBase.fichier(base);
        assertThat(acces.verrouillee()).isTrue();
    }

    @Test
    void a_login_on_the_encrypted_file_runs_argon2id_once_for_the_key_ring_and_the_signing_keys() {
        long avant = HachageArgon2.calculs();
        try (Services services = Services.ouvrir(acces, Horloge.systeme(), "sophie.garnier", MDP_B)) {
            // the key ring (the password's one proof), then the Ed25519 and X25519 keys from the same master key
            assertThat(HachageArgon2.calculs() - avant).isEqualTo(1);
            assertThat(services.utilisateur().identifiant()).isEqualTo("sophie.garnier");
            // the signed trail still works: the login entry is signed by the key opened with the password
            assertThat(services.stockage().journalAudit().findAll()).last()
                    .satisfies(e -> assertThat(e.signature()).isNotEmpty());
        }
    }

    @Test
    void without_a_key_ring_as_on_a_server_the_signing_key_proves_the_password_with_one_argon2id() {
        try (Services services = Services.ouvrir(acces, Horloge.systeme(), "claire.essai", MDP_A)) {
            long avant = HachageArgon2.calculs();
            // the login use case alone, as on PostgreSQL where the server checked the role's password
            assertThat(services.miseEnPlace().seConnecter().connecter("sophie.garnier", MDP_B).identifiant())
                    .isEqualTo("sophie.garnier");
            assertThat(HachageArgon2.calculs() - avant).isEqualTo(1);
            assertThatThrownBy(() -> services.miseEnPlace().seConnecter().connecter("sophie.garnier", MDP_A))
                    .hasMessage("identifiant ou mot de passe incorrect.");
        }
    }

    @Test
    void a_key_ring_and_keys_in_the_former_format_open_once_with_three_argon2id_then_are_rewrapped() throws Exception {
        Path base = dossier.resolve("cellule");
        String clePublique = clePublique("sophie.garnier");
        FormatAvantDerivationUnique.retrograder(base, "sophie.garnier", MDP_B);
        assertThat(FormatAvantDerivationUnique.entree(base, "sophie.garnier")).doesNotStartWith("2:");
        assertThatThrownBy(() -> Services.ouvrir(acces, Horloge.systeme(), "sophie.garnier", MDP_A))
                .hasMessage("identifiant ou mot de passe incorrect.");

        long avant = HachageArgon2.calculs();
        Services.ouvrir(acces, Horloge.systeme(), "sophie.garnier", MDP_B).close();
        // the former entry and keys each their own salt; the rewrap reuses the key ring's master key
        assertThat(HachageArgon2.calculs() - avant).isEqualTo(3);
        assertThat(FormatAvantDerivationUnique.entree(base, "sophie.garnier")).startsWith("2:");

        avant = HachageArgon2.calculs();
        try (Services services = Services.ouvrir(acces, Horloge.systeme(), "sophie.garnier", MDP_B)) {
            assertThat(HachageArgon2.calculs() - avant).isEqualTo(1);
            var cle = services.stockage().clesSignature().find("sophie.garnier").orElseThrow();
            assertThat(cle.clePriveeChiffree()).startsWith("2:");
            assertThat(cle.clePriveeEchangeChiffree()).startsWith("2:");
            // the same keys, wrapped anew: the trail's registration still names them
            assertThat(cle.clePublique()).isEqualTo(clePublique);
            assertThat(services.stockage().clesDeSession().ouverte("sophie.garnier")).isTrue();
        }
        assertThatThrownBy(() -> Services.ouvrir(acces, Horloge.systeme(), "sophie.garnier", MDP_A))
                .hasMessage("identifiant ou mot de passe incorrect.");
    }

    private String clePublique(String identifiant) {
        try (Services services = Services.ouvrir(acces, Horloge.systeme(), "claire.essai", MDP_A)) {
            return services.stockage().clesSignature().find(identifiant).orElseThrow().clePublique();
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
            services.miseEnPlace().gererComptes().changerMotDePasse(compteB, nouveau, nouveau);
        }
        assertThatThrownBy(() -> Services.ouvrir(acces, Horloge.systeme(), "sophie.garnier", MDP_B))
                .hasMessageContaining("identifiant ou mot de passe incorrect");
        try (Services services = Services.ouvrir(acces, Horloge.systeme(), "sophie.garnier", nouveau)) {
            assertThat(services.utilisateur().identifiant()).isEqualTo("sophie.garnier");
        }
    }
}
