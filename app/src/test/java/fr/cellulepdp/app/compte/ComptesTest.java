package fr.cellulepdp.app.compte;

import fr.cellulepdp.persistence.compte.HachageArgon2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.compte.Compte;
import fr.cellulepdp.model.compte.GererComptes;
import fr.cellulepdp.model.compte.SeConnecter;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.persistence.base.BaseDeDonnees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts on a real H2 file with the real Argon2id hash: rules, login, growing delay, who manages accounts. */
class ComptesTest {

    private static final String MOT_DE_PASSE = "Cellule-PDP-2026!";

    @TempDir
    Path dossier;

    private final AtomicReference<Instant> maintenant = new AtomicReference<>(Instant.parse("2026-11-23T09:00:00Z"));
    private BaseDeDonnees base;
    private GererComptes comptes;
    private SeConnecter connexion;

    /** Who acts: the first account's coordinatrice once created. */
    private Utilisateur elle;

    @BeforeEach
    void ouvrir() {
        base = BaseDeDonnees.ouvrir(dossier.resolve("cellule"));
        comptes = new GererComptes(base, new HachageArgon2(), maintenant::get, () -> elle);
        connexion = new SeConnecter(base, new HachageArgon2(), maintenant::get);
    }

    @AfterEach
    void fermer() {
        base.close();
    }

    @Test
    void the_first_account_is_the_coordinatrice_s_and_its_password_follows_the_rule() throws Exception {
        assertThat(comptes.aucunCompte()).isTrue();
        assertThatThrownBy(() -> comptes.creerPremier("Helene.Martinel", null, "court".toCharArray(),
                "autre".toCharArray())).isInstanceOfSatisfying(SaisieInvalideException.class, e ->
                assertThat(e.problemes()).extracting(Probleme::champ).containsExactly("mot de passe", "confirmation"));
        assertThatThrownBy(() -> comptes.creerPremier("helene.martinel", null, "toutenminuscules".toCharArray(),
                "toutenminuscules".toCharArray())).hasMessageContaining("trois sortes de caractères");
        assertThat(comptes.aucunCompte()).isTrue();

        Compte compte = comptes.creerPremier("Helene.Martinel", null, MOT_DE_PASSE.toCharArray(),
                MOT_DE_PASSE.toCharArray());

        assertThat(compte.role()).isEqualTo(Role.COORDINATRICE);
        assertThat(compte.identifiant()).isEqualTo("helene.martinel");
        assertThat(compte.hash()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(MOT_DE_PASSE);
        assertThatThrownBy(() -> comptes.creerPremier("autre", null, MOT_DE_PASSE.toCharArray(),
                MOT_DE_PASSE.toCharArray())).hasMessageContaining("existe déjà");
        base.close();
        // the database file holds the hash, never the password
        String fichier = new String(Files.readAllBytes(dossier.resolve("cellule.mv.db")), StandardCharsets.ISO_8859_1);
        assertThat(fichier).doesNotContain(MOT_DE_PASSE);
        base = BaseDeDonnees.ouvrir(dossier.resolve("cellule"));
    }

    @Test
    void the_first_account_is_tied_to_the_cell_s_active_coordinatrice_and_only_while_there_is_none() {
        new ChargerDonneesDemo(base, Utilisateur::systeme).executer(LocalDate.of(2026, 11, 23));
        Membre coordinatrice = base.membres().findAll().stream()
                .filter(m -> m.role() == Role.COORDINATRICE && m.actif()).findFirst().orElseThrow();

        Compte compte = comptes.creerPremierPourLaCoordinatrice("helene.martinel", MOT_DE_PASSE.toCharArray(),
                MOT_DE_PASSE.toCharArray());

        assertThat(compte.membreId()).isEqualTo(coordinatrice.id());
        assertThat(compte.role()).isEqualTo(Role.COORDINATRICE);
        assertThatThrownBy(() -> comptes.creerPremierPourLaCoordinatrice("autre", MOT_DE_PASSE.toCharArray(),
                MOT_DE_PASSE.toCharArray())).hasMessageContaining("existe déjà");
        assertThat(base.comptes().count()).isEqualTo(1);
    }

    @Test
    void wrong_passwords_get_one_answer_then_a_growing_wait_and_the_right_one_clears_it() {
        comptes.creerPremier("helene.martinel", null, MOT_DE_PASSE.toCharArray(), MOT_DE_PASSE.toCharArray());

        assertThat(connexion.connecter("HELENE.MARTINEL", MOT_DE_PASSE.toCharArray()).role())
                .isEqualTo(Role.COORDINATRICE);
        assertThatThrownBy(() -> connexion.connecter("inconnue", MOT_DE_PASSE.toCharArray()))
                .hasMessageContaining("identifiant ou mot de passe incorrect");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> connexion.connecter("helene.martinel", "Mauvais-2026!!".toCharArray()))
                    .hasMessageContaining("identifiant ou mot de passe incorrect");
        }
        assertThat(connexion.connecter("helene.martinel", MOT_DE_PASSE.toCharArray())).isNotNull();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> connexion.connecter("helene.martinel", "Mauvais-2026!!".toCharArray()))
                    .hasMessageContaining("identifiant ou mot de passe incorrect");
        }
        // third failure in a row: 15 s to wait, even with the right password
        assertThatThrownBy(() -> connexion.connecter("helene.martinel", MOT_DE_PASSE.toCharArray()))
                .hasMessageContaining("réessayez dans 15 s");
        maintenant.set(maintenant.get().plusSeconds(16));
        assertThatThrownBy(() -> connexion.connecter("helene.martinel", "Mauvais-2026!!".toCharArray()))
                .hasMessageContaining("incorrect");
        assertThatThrownBy(() -> connexion.connecter("helene.martinel", MOT_DE_PASSE.toCharArray()))
                .as("quatrième échec : 30 s").hasMessageContaining("réessayez dans 30 s");
        maintenant.set(maintenant.get().plusSeconds(31));
        assertThat(connexion.connecter("helene.martinel", MOT_DE_PASSE.toCharArray()).identifiant())
                .isEqualTo("helene.martinel");
        assertThat(base.comptes().findByIdentifiant("helene.martinel").orElseThrow().echecs()).isZero();
        assertThat(base.journalAudit().findAll()).extracting(e -> e.action()).contains("CONNEXION",
                "CONNEXION_REFUSEE");
    }

    @Test
    void only_the_coordinatrice_creates_accounts_and_a_disabled_account_cannot_log_in() {
        Compte coordinatrice = comptes.creerPremier("helene.martinel", null, MOT_DE_PASSE.toCharArray(),
                MOT_DE_PASSE.toCharArray());
        elle = coordinatrice.utilisateur();
        Compte referent = comptes.creer("julien.perrot", null, Role.REFERENT_SOCIAL,
                "Referent-Social-1".toCharArray(), "Referent-Social-1".toCharArray());
        assertThat(connexion.connecter("julien.perrot", "Referent-Social-1".toCharArray()).role())
                .isEqualTo(Role.REFERENT_SOCIAL);
        assertThatThrownBy(() -> new GererComptes(base, new HachageArgon2(), maintenant::get, referent::utilisateur)
                .creer("autre.compte", null, Role.PARTENAIRE,
                "Partenaire-2026!".toCharArray(), "Partenaire-2026!".toCharArray()))
                .hasMessageContaining("seule la coordinatrice");
        assertThatThrownBy(() -> comptes.creer("JULIEN.PERROT", null, Role.PARTENAIRE,
                "Partenaire-2026!".toCharArray(), "Partenaire-2026!".toCharArray())).hasMessageContaining("déjà pris");

        comptes.activer(referent.id(), false);
        assertThatThrownBy(() -> connexion.connecter("julien.perrot", "Referent-Social-1".toCharArray()))
                .hasMessageContaining("identifiant ou mot de passe incorrect");
    }

    @Test
    void a_member_resets_only_his_own_password_and_another_account_is_not_read_for_him() {
        Compte coordinatrice = comptes.creerPremier("helene.martinel", null, MOT_DE_PASSE.toCharArray(),
                MOT_DE_PASSE.toCharArray());
        elle = coordinatrice.utilisateur();
        Compte referent = comptes.creer("julien.perrot", null, Role.REFERENT_SOCIAL,
                "Referent-Social-1".toCharArray(), "Referent-Social-1".toCharArray());
        GererComptes parLui = new GererComptes(base, new HachageArgon2(), maintenant::get, referent::utilisateur);
        char[] nouveau = "Nouveau-Secret-2026!".toCharArray();

        assertThatThrownBy(() -> parLui.changerMotDePasse(coordinatrice.id(), nouveau, nouveau))
                .hasMessageContaining("seule la coordinatrice");
        // refused before the account is read: an unknown one gets the same answer, not « not found »
        assertThatThrownBy(() -> parLui.changerMotDePasse(java.util.UUID.randomUUID(), nouveau, nouveau))
                .hasMessageContaining("seule la coordinatrice");
        parLui.changerMotDePasse(referent.id(), nouveau, nouveau);
        assertThat(connexion.connecter("julien.perrot", nouveau).role()).isEqualTo(Role.REFERENT_SOCIAL);
        assertThat(connexion.connecter("helene.martinel", MOT_DE_PASSE.toCharArray()).role())
                .isEqualTo(Role.COORDINATRICE);
    }
}
