package fr.cellulepdp.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModeleAideTest {

    @TempDir
    Path dossier;

    @Test
    void about_names_the_version_the_database_and_the_log_folder() {
        Path journaux = dossier.resolve("logs");
        ModeleAide aide = new ModeleAide("1.0.0", "H2 /tmp/x", journaux, d -> { });

        assertThat(aide.texteAPropos()).startsWith("Cellule PDP 1.0.0\n").contains("Base : H2 /tmp/x")
                .contains("Journaux : " + journaux);
    }

    @Test
    void the_log_folder_is_created_then_shown_in_the_file_manager() {
        Path journaux = dossier.resolve("state/cellule-pdp/logs");
        List<Path> ouverts = new ArrayList<>();
        ModeleAide aide = new ModeleAide("1.0.0", "H2", journaux, ouverts::add);

        aide.ouvrirDossierJournaux();

        assertThat(journaux).isDirectory();
        assertThat(ouverts).containsExactly(journaux);
        assertThat(aide.message().get()).isEqualTo("Dossier des journaux ouvert : " + journaux);
    }

    @Test
    void without_a_file_manager_the_message_says_where_the_folder_is() {
        Path journaux = dossier.resolve("logs");
        ModeleAide aide = new ModeleAide("1.0.0", "H2", journaux, d -> {
            throw new IOException("xdg-open introuvable");
        });

        aide.ouvrirDossierJournaux();

        assertThat(aide.message().get())
                .isEqualTo("Le dossier des journaux n’a pas pu être ouvert ; il se trouve ici : " + journaux);
    }
}
