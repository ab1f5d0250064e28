package fr.cellulepdp.app.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letters, minutes and backups are their owner's alone, and what a crash half-wrote is gone at the next start. */
class FichiersPrivesTest {

    @TempDir
    Path donnees;

    @Test
    void a_document_is_written_whole_for_its_owner_only() throws Exception {
        assumeTrue(Files.getFileStore(donnees).supportsFileAttributeView("posix"), "POSIX permissions");
        Path lettre = donnees.resolve("documents/seance-001/courriers/PDP-2026-0001-essai.pdf");

        FichiersPrives.ecrireAtomiquement(lettre, new byte[] {1, 2, 3});

        assertThat(Files.readAllBytes(lettre)).containsExactly(1, 2, 3);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lettre))).isEqualTo("rw-------");
        for (Path dossier = lettre.getParent(); !dossier.equals(donnees); dossier = dossier.getParent()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dossier))).as(dossier.toString())
                    .isEqualTo("rwx------");
        }
        try (var fichiers = Files.list(lettre.getParent())) {
            assertThat(fichiers).as("no temporary file left").containsExactly(lettre);
        }
    }

    @Test
    void what_a_crash_left_half_written_is_removed_at_the_next_start_and_nothing_else() throws Exception {
        Path documents = Files.createDirectories(donnees.resolve("documents/seance-002"));
        Path gardee = Files.write(documents.resolve("01-ordre-du-jour.pdf"), new byte[] {1});
        Path partielle = Files.write(documents.resolve(".02-ordre-du-jour.pdf-123.partiel"), new byte[0]);
        Path copieBase = FichiersPrives.temporaire(donnees, ".zip");
        Path autre = Files.write(donnees.resolve("notes.partiel"), new byte[] {2});
        Path ailleurs = Files.write(Files.createDirectories(donnees.resolve("certificats")).resolve("x.partiel"),
                new byte[] {3});

        assertThat(FichiersPrives.nettoyer(donnees, Instant.now().minusSeconds(3600))).as("too recent: kept")
                .isZero();
        assertThat(FichiersPrives.nettoyer(donnees, Instant.now().plusSeconds(1))).isEqualTo(3);

        assertThat(gardee).exists();
        assertThat(ailleurs).as("not a folder of ours").exists();
        assertThat(partielle).doesNotExist();
        assertThat(copieBase).doesNotExist();
        assertThat(autre).doesNotExist();
    }
}
