package fr.cellulepdp.persistence.importation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 file is compacted at closing when an import wrote to it and left more free space than data; not otherwise
 * (a compaction costs a rewrite of every page), nor when no import wrote.
 */
@Tag("h2")
class CompactageApresImportTest {

    @TempDir
    Path dossier;

    @Test
    void a_file_mostly_free_after_an_import_is_compacted_and_not_without_an_import_or_once_full() throws Exception {
        JdbcDataSource pool = new JdbcDataSource();
        pool.setURL("jdbc:h2:file:" + dossier.resolve("cellule") + ";WRITE_DELAY=0");
        Path fichier = dossier.resolve("cellule.mv.db");
        try (Connection tenue = pool.getConnection()) {
            // rows written in many commits, then deleted: pages rewritten, left as free space, as an import leaves them
            try (Statement sql = tenue.createStatement()) {
                sql.execute("CREATE TABLE t (id INT PRIMARY KEY, texte VARCHAR(300))");
            }
            try (PreparedStatement insertion = tenue.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                for (int i = 0; i < 20_000; i++) {
                    insertion.setInt(1, i);
                    insertion.setString(2, "x".repeat(200) + i);
                    insertion.addBatch();
                    if (i % 1000 == 999) {
                        insertion.executeBatch();
                    }
                }
            }
            try (Statement sql = tenue.createStatement()) {
                sql.execute("DELETE FROM t WHERE id >= 1000");
                sql.execute("CHECKPOINT");
                assertThat(CompactageApresImport.remplissage(sql)).isLessThan(CompactageApresImport.REMPLISSAGE_MINIMAL);
            }
            long avant = Files.size(fichier);

            new CompactageApresImport(true).siNecessaire(pool);
            CompactageApresImport surUnServeur = new CompactageApresImport(false);
            surUnServeur.demander();
            surUnServeur.siNecessaire(pool);
            assertThat(tenue.isValid(1)).as("no import, or no file: the database stays open").isTrue();

            CompactageApresImport apresImport = new CompactageApresImport(true);
            apresImport.demander();
            apresImport.siNecessaire(pool);
            assertThat(tenue.isValid(1)).as("closed by SHUTDOWN COMPACT").isFalse();
            assertThat(Files.size(fichier)).isLessThan(avant / 2);
        }
        try (Connection rouverte = pool.getConnection()) {
            CompactageApresImport apresImport = new CompactageApresImport(true);
            apresImport.demander();
            apresImport.siNecessaire(pool);
            assertThat(rouverte.isValid(1)).as("a file that holds its data is left as it is").isTrue();
        }
    }
}
