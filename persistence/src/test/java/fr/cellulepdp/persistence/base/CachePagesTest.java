package fr.cellulepdp.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2's page cache holds ten years of files: 128 MB when the heap allows, never below H2's own 16 MB. */
@Tag("h2")
class CachePagesTest {

    private static final long MO = 1024 * 1024;

    @TempDir
    Path dossier;

    @Test
    void the_cache_follows_the_heap_between_16_and_128_mb() {
        assertThat(OuvertureH2.cacheKo(8192 * MO)).isEqualTo(128 * 1024);
        assertThat(OuvertureH2.cacheKo(512 * MO)).isEqualTo(64 * 1024);
        assertThat(OuvertureH2.cacheKo(64 * MO)).isEqualTo(16 * 1024);
    }

    @Test
    void the_file_database_opens_with_that_cache() {
        try (BaseDeDonnees base = BaseDeDonnees.ouvrir(dossier.resolve("cellule"))) {
            Object taille = base.contexte().dsl().fetchValue("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                    + "WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'");

            assertThat(Long.parseLong(taille.toString()) * 1024)
                    .isEqualTo(OuvertureH2.cacheKo(Runtime.getRuntime().maxMemory()));
        }
    }
}
