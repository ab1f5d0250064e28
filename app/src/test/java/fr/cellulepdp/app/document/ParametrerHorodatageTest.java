package fr.cellulepdp.app.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.app.cellule.CelluleVide;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time-stamp authority's settings act as whoever the session holds at each call (decision record 0044): built
 * once, they serve the coordinatrice, refuse another role and write nothing, and refuse everyone after a log-out.
 */
class ParametrerHorodatageTest {

    @TempDir
    Path dossier;

    private Services services;
    private ParametrerHorodatage parametrer;

    @BeforeEach
    void ouvrir() {
        services = CelluleVide.ouvrir(dossier);
        parametrer = services.documents().parametrerHorodatage();
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    private long traces() {
        return services.stockage().journalAudit().findAll().stream()
                .filter(e -> e.action().equals("HORODATAGE_PARAMETRE")).count();
    }

    @Test
    void the_coordinatrice_sets_it_then_another_roles_session_is_refused_and_writes_nothing() {
        parametrer.enregistrer("https://horodatage.exemple.fr/tsa", "", new char[0]);
        assertThat(parametrer.lire().url()).isEqualTo("https://horodatage.exemple.fr/tsa");
        assertThat(traces()).isEqualTo(1);

        services.connecter(new Utilisateur(null, "referente", Role.REFERENT_SOCIAL));

        assertThatThrownBy(parametrer::lire).isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("seule la coordinatrice");
        assertThatThrownBy(() -> parametrer.enregistrer("", "", new char[0]))
                .isInstanceOf(SaisieInvalideException.class);
        assertThatThrownBy(parametrer::essayer).isInstanceOf(SaisieInvalideException.class);
        assertThat(ReglagesHorodatage.lire(services.dossierDonnees()).url()).as("unchanged")
                .isEqualTo("https://horodatage.exemple.fr/tsa");
        assertThat(traces()).isEqualTo(1);
    }

    @Test
    void after_a_log_out_nobody_reads_or_sets_it() {
        services.deconnecter();

        assertThatThrownBy(parametrer::lire).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> parametrer.enregistrer("https://horodatage.exemple.fr/tsa", "", new char[0]))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Files.exists(services.dossierDonnees().resolve(ReglagesHorodatage.FICHIER))).isFalse();
        assertThat(traces()).isZero();
    }
}
