package fr.cellulepdp.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After an anonymisation, the letters of the anonymised files leave the documents folder; nothing else does. */
class EffacementCourriersTest {

    @TempDir
    Path racine;

    @Test
    void only_the_letters_of_the_anonymised_files_are_deleted() throws Exception {
        Path lettre1 = ecrire("seance-003/courriers/PDP-2024-0001-essai-encadre-accord.pdf");
        Path copie1 = ecrire("seance-004/courriers/PDP-2024-0001-crpe-refus-copie-employeur.pdf");
        Path autre = ecrire("seance-003/courriers/PDP-2024-00010-essai-encadre-accord.pdf");
        Path pv = ecrire("seance-003/03-proces-verbal.pdf");
        Path horsCourriers = ecrire("seance-003/PDP-2024-0001-note.pdf");

        assertThat(EffacementCourriers.effacer(racine, List.of("PDP-2024-0001"))).isEqualTo(2);

        assertThat(lettre1).doesNotExist();
        assertThat(copie1).doesNotExist();
        assertThat(autre).exists();
        assertThat(pv).exists();
        assertThat(horsCourriers).exists();
        assertThat(EffacementCourriers.effacer(racine.resolve("absent"), List.of("PDP-2024-0001"))).isZero();
    }

    private Path ecrire(String chemin) throws Exception {
        Path fichier = racine.resolve(chemin);
        Files.createDirectories(fichier.getParent());
        return Files.write(fichier, new byte[] {1});
    }
}
