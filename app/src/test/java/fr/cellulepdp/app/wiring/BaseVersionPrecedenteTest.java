package fr.cellulepdp.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.persistence.base.AccesBase;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by version 0.1.0 (H2 2.3.232, Flyway 10, schema V14, encrypted with its key ring): a newer H2
 * must read its file, and Flyway bring its schema to the current migrations, with the data kept.
 */
class BaseVersionPrecedenteTest {

    @TempDir
    Path dossier;

    @Test
    void a_database_of_version_0_1_0_opens_with_its_password_and_keeps_its_cell() throws Exception {
        for (String fichier : new String[] {"petite.mv.db", "petite.cles"}) {
            try (InputStream in = getClass().getResourceAsStream("/fr/cellulepdp/app/version-0.1.0/" + fichier)) {
                Files.copy(in, dossier.resolve(fichier));
            }
        }

        try (Services services = Services.ouvrir(AccesBase.fichier(dossier.resolve("petite")), Horloge.systeme(),
                "claire.dumont", "Fixture-PDP-2026!".toCharArray())) {
            assertThat(services.cellule()).map(Cellule::nom).contains("Cellule locale PDP 99");
            assertThat(services.utilisateur().identifiant()).isEqualTo("claire.dumont");
        }
    }
}
