package fr.cellulepdp.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encryption at rest of the H2 file: without an account's password, neither the file nor its key ring discloses
 * anything, and nothing opens it.
 */
@Tag("h2")
class ChiffrementBaseTest {

    private static final String COMPTE = "helene.martinel";
    private static final char[] MOT_DE_PASSE = "Cellule-PDP-2026!".toCharArray();
    private static final Instant MAINTENANT = Instant.parse("2026-11-23T09:00:00Z");
    /** What a person's record puts in the database: the name and the NIR of {@link Exemples#assure()}. */
    private static final String[] SECRETS = {"Dupont-Essai", "2690549588157"};

    @TempDir
    Path dossier;

    private Path base() {
        return dossier.resolve("cellule");
    }

    private AccesBase acces() {
        return AccesBase.fichier(base());
    }

    /** A new database with a person in it and the coordinatrice's account holding the key. */
    private void creerAvecCompte() {
        try (BaseDeDonnees base = acces().ouvrir()) {
            base.assures().save(Exemples.assure());
            base.accesChiffre().accorder(COMPTE, MOT_DE_PASSE);
        }
    }

    @Test
    void a_new_file_is_encrypted_and_opens_only_with_the_password_once_an_account_holds_the_key() {
        creerAvecCompte();

        assertThat(acces().verrouillee()).isTrue();
        assertThatThrownBy(() -> acces().ouvrir()).isInstanceOf(BaseVerrouilleeException.class)
                .hasMessageContaining("--user");
        try (BaseDeDonnees base = acces().ouvrir(COMPTE, MOT_DE_PASSE, MAINTENANT)) {
            assertThat(base.assures().get(Exemples.ASSURE).nom()).isEqualTo("Dupont-Essai");
            assertThat(base.description()).endsWith("cellule.mv.db (chiffrée)");
        }
        // the login is typed as the person likes
        try (BaseDeDonnees base = acces().ouvrir(" Helene.Martinel", MOT_DE_PASSE, MAINTENANT)) {
            assertThat(base.assures().count()).isEqualTo(1);
        }
    }

    @Test
    void the_database_file_is_for_its_owner_only() throws Exception {
        creerAvecCompte();
        Path fichier = dossier.resolve("cellule.mv.db");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(fichier).supportsFileAttributeView("posix"));
        Files.setPosixFilePermissions(fichier, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

        acces().ouvrir(COMPTE, MOT_DE_PASSE, MAINTENANT).close();

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fichier)))
                .isEqualTo("rw-------");
    }

    @Test
    void neither_the_file_nor_its_key_ring_holds_a_name_or_a_nir_or_the_key_in_clear() throws Exception {
        creerAvecCompte();

        assertThat(contient(Path.of(base() + ".mv.db"))).isEmpty();
        assertThat(contient(Path.of(base() + ".cles"))).isEmpty();
        String trousseau = Files.readString(Path.of(base() + ".cles"), StandardCharsets.ISO_8859_1);
        assertThat(trousseau).doesNotContain("provisoire").doesNotContain(COMPTE).doesNotContain("martinel");
        if (Files.getFileStore(dossier).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(Path.of(base() + ".cles")))).isEqualTo("rw-------");
        }
        // H2 itself, without the key, reads nothing
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:file:" + base() + ";IFEXISTS=TRUE", "sa", ""))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void the_same_data_in_a_file_in_clear_is_readable_which_is_what_the_test_above_guards_against() throws Exception {
        try (BaseDeDonnees base = BaseDeDonnees.ouvrir(base())) {
            base.assures().save(Exemples.assure());
        }
        assertThat(contient(Path.of(base() + ".mv.db"))).isNotEmpty();
    }

    @Test
    void a_wrong_password_opens_nothing_and_repeated_misses_make_the_person_wait() {
        creerAvecCompte();

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> acces().ouvrir(COMPTE, "Mauvais-mot-2026".toCharArray(), MAINTENANT))
                    .isInstanceOf(SaisieInvalideException.class)
                    .hasMessageContaining("identifiant ou mot de passe incorrect");
        }
        // the right password is refused too while the wait lasts
        assertThatThrownBy(() -> acces().ouvrir(COMPTE, MOT_DE_PASSE, MAINTENANT.plusSeconds(1)))
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("réessayez dans 14 s");
        try (BaseDeDonnees base = acces().ouvrir(COMPTE, MOT_DE_PASSE, MAINTENANT.plusSeconds(3600))) {
            assertThat(base.assures().count()).isEqualTo(1);
        }
        // an unknown login gets the same answer as a wrong password
        assertThatThrownBy(() -> acces().ouvrir("inconnu", MOT_DE_PASSE, MAINTENANT.plusSeconds(3600)))
                .isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("identifiant ou mot de passe incorrect");
    }

    @Test
    void a_withdrawn_account_no_longer_opens_the_file_and_a_new_password_lets_it_in_again() {
        creerAvecCompte();
        char[] autre = "Autre-Compte-2026".toCharArray();
        try (BaseDeDonnees base = acces().ouvrir(COMPTE, MOT_DE_PASSE, MAINTENANT)) {
            base.accesChiffre().accorder("referente", autre);
            assertThat(base.accesChiffre().ouvre("referente")).isTrue();
            base.accesChiffre().retirer("referente");
            assertThat(base.accesChiffre().ouvre("referente")).isFalse();
            assertThat(base.accesChiffre().ouvre(COMPTE)).isTrue();
        }
        assertThatThrownBy(() -> acces().ouvrir("referente", autre, MAINTENANT))
                .isInstanceOf(SaisieInvalideException.class);

        try (BaseDeDonnees base = acces().ouvrir(COMPTE, MOT_DE_PASSE, MAINTENANT)) {
            base.accesChiffre().accorder("referente", autre);
        }
        acces().ouvrir("referente", autre, MAINTENANT).close();
    }

    @Test
    void a_file_in_clear_from_before_encryption_is_protected_with_the_coordinatrice_password() throws Exception {
        try (BaseDeDonnees base = BaseDeDonnees.ouvrir(base())) {
            base.assures().save(Exemples.assure());
        }
        assertThat(acces().aProteger()).isTrue();
        acces().ouvrir(COMPTE, MOT_DE_PASSE, MAINTENANT).close(); // in clear: no password needed yet

        acces().proteger(COMPTE, MOT_DE_PASSE);

        assertThat(acces().aProteger()).isFalse();
        assertThat(acces().verrouillee()).isTrue();
        assertThat(contient(Path.of(base() + ".mv.db"))).isEmpty();
        try (BaseDeDonnees base = acces().ouvrir(COMPTE, MOT_DE_PASSE, MAINTENANT)) {
            assertThat(base.assures().get(Exemples.ASSURE).nom()).isEqualTo("Dupont-Essai");
        }
    }

    @Test
    void a_key_ring_left_without_its_database_is_put_aside_and_a_new_database_gets_its_own_key() throws Exception {
        creerAvecCompte();
        Files.delete(Path.of(base() + ".mv.db"));

        try (BaseDeDonnees base = acces().ouvrir()) {
            assertThat(base.assures().count()).isZero();
        }
        assertThat(Path.of(base() + ".cles.sans-base")).exists();
    }

    @Test
    void a_damaged_key_ring_is_refused_in_french_and_the_file_is_left_as_it_was() throws Exception {
        creerAvecCompte();
        Path cles = Path.of(base() + ".cles");
        byte[] fichier = Files.readAllBytes(Path.of(base() + ".mv.db"));
        String texte = Files.readString(cles, StandardCharsets.ISO_8859_1);
        Files.writeString(cles, texte.replaceAll("(compte\\.[0-9a-f]+=)[^\\n]*", "$1pas-du-base64"),
                StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> acces().ouvrir(COMPTE, MOT_DE_PASSE, MAINTENANT))
                .isInstanceOf(BaseIndisponibleException.class).hasMessageContaining("est endommagé");
        Files.writeString(cles, "rien", StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> acces().ouvrir(COMPTE, MOT_DE_PASSE, MAINTENANT))
                .isInstanceOf(BaseIndisponibleException.class).hasMessageContaining("restaurez-le depuis une sauvegarde");
        assertThat(Files.readAllBytes(Path.of(base() + ".mv.db"))).isEqualTo(fichier);
    }

    /** The secrets found in the file's bytes (read as UTF-8 and as Latin-1). */
    private static java.util.List<String> contient(Path fichier) throws Exception {
        byte[] octets = Files.readAllBytes(fichier);
        String utf8 = new String(octets, StandardCharsets.UTF_8);
        String latin1 = new String(octets, StandardCharsets.ISO_8859_1);
        return java.util.Arrays.stream(SECRETS).filter(s -> utf8.contains(s) || latin1.contains(s)).toList();
    }
}
