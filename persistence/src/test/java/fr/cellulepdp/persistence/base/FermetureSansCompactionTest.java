package fr.cellulepdp.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that ends as soon as it has written (render) closes the H2 file without H2's compaction; every other
 * opening keeps H2's compaction at closing (decision 0052's amendment of 5 December 2026).
 */
@Tag("h2")
class FermetureSansCompactionTest {

    @TempDir
    Path dossier;

    @Test
    void an_access_without_compaction_opens_the_encrypted_file_with_compaction_off() {
        AccesBase acces = AccesBase.fichier(dossier.resolve("cellule"));

        try (BaseDeDonnees base = acces.sansCompactionALaFermeture().ouvrir()) {
            assertThat(reglage(base)).isEqualTo("0");
        }
    }

    @Test
    void the_usual_access_keeps_h2_s_compaction_at_closing() {
        AccesBase acces = AccesBase.fichier(dossier.resolve("cellule"));

        try (BaseDeDonnees base = acces.ouvrir()) {
            assertThat(Integer.parseInt(reglage(base))).isPositive();
        }
    }

    @Test
    void a_file_in_clear_opens_without_compaction_too() {
        try (BaseDeDonnees base = BaseDeDonnees.ouvrir(dossier.resolve("clair"), false)) {
            assertThat(reglage(base)).isEqualTo("0");
        }
    }

    private static String reglage(BaseDeDonnees base) {
        return String.valueOf(base.contexte().dsl().fetchValue("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                + "WHERE SETTING_NAME = 'MAX_COMPACT_TIME'"));
    }
}
