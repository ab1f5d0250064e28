package fr.cellulepdp.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.FicheMembre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.persistence.base.AccesBase;
import fr.cellulepdp.persistence.depot.PointDArret;
import fr.cellulepdp.persistence.compte.HachageArgon2;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rewrap of former-format files at login (decision 0041) survives a SIGKILL: a child process logging in is killed
 * after its signing keys were rewrapped and before its key-ring entry was; the files, half in each format, still
 * open with the password, and that login finishes the rewrap.
 */
class ReenveloppementArretBrutalTest {

    private static final char[] MDP_A = "Cellule-Essai-2026!".toCharArray();
    private static final char[] MDP_B = "Sociale-Essai-2026!".toCharArray();

    @TempDir
    Path dossier;

    @Test
    void a_login_killed_in_the_middle_of_the_rewrap_leaves_files_that_open_with_the_password() throws Exception {
        Path base = dossier.resolve("cellule");
        try (Services services = Services.ouvrir(base, Horloge.systeme())) {
            var coordinatrice = services.miseEnPlace().gererComptes().creerPremier("claire.essai", null, MDP_A,
                    MDP_A).utilisateur();
            services.connecter(coordinatrice);
            var sociale = services.miseEnPlace().gererMembres().ajouter(new FicheMembre("", "Sophie", "Garnier",
                    "ASS", "CPAM", Role.REFERENT_SOCIAL, "", false));
            services.miseEnPlace().gererComptes().creer("sophie.garnier", sociale.id(), Role.REFERENT_SOCIAL, MDP_B,
                    MDP_B);
        }
        FormatAvantDerivationUnique.retrograder(base, "sophie.garnier", MDP_B);
        String ancienneEntree = FormatAvantDerivationUnique.entree(base, "sophie.garnier");

        Path signal = dossier.resolve("signal");
        ProcessBuilder enfant = fr.cellulepdp.app.support.JvmEnfant.commande(
                List.of("-D" + PointDArret.PROPRIETE + "=trousseau-reenveloppe", "-D" + PointDArret.SIGNAL + "=" + signal),
                fr.cellulepdp.app.Launcher.class,
                List.of("--db", base.toString(), "--user", "sophie.garnier", "members", "list"))
                .redirectErrorStream(true).redirectOutput(dossier.resolve("sortie.txt").toFile());
        enfant.environment().put("PDP_PASSWORD", new String(MDP_B));
        Process processus = enfant.start();
        assertThat(PointDArret.attendre(signal, processus)).as("the child reached the rewrap of its key ring").isTrue();
        processus.destroyForcibly();
        assertThat(processus.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // killed between the two stores: the signing keys are in the new format, the key-ring entry in the former
        assertThat(FormatAvantDerivationUnique.entree(base, "sophie.garnier")).isEqualTo(ancienneEntree);
        AccesBase acces = AccesBase.fichier(base);
        try (var ouverte = acces.ouvrir("sophie.garnier", MDP_B, Instant.now())) {
            var cle = ouverte.clesSignature().find("sophie.garnier").orElseThrow();
            assertThat(List.of(cle.clePriveeChiffree(), cle.clePriveeEchangeChiffree())).allMatch(e -> e.startsWith("2:"));
        }

        long avant = HachageArgon2.calculs();
        try (Services services = Services.ouvrir(acces, Horloge.systeme(), "sophie.garnier", MDP_B)) {
            assertThat(services.utilisateur().identifiant()).isEqualTo("sophie.garnier");
            assertThat(services.stockage().clesDeSession().ouverte("sophie.garnier")).isTrue();
        }
        // the keys were rewrapped under the key ring's salt: one Argon2id opened both stores
        assertThat(HachageArgon2.calculs() - avant).isEqualTo(1);
        assertThat(FormatAvantDerivationUnique.entree(base, "sophie.garnier")).startsWith("2:");
        avant = HachageArgon2.calculs();
        Services.ouvrir(acces, Horloge.systeme(), "sophie.garnier", MDP_B).close();
        assertThat(HachageArgon2.calculs() - avant).isEqualTo(1);
    }
}
