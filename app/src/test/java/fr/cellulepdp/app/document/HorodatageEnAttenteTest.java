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
 * The outbox's time-stamping step is the coordinatrice's, checked before the list of documents waiting is read: built
 * once, it refuses another role's session and a closed one, and leaves the list as it was. (The time-stamps
 * themselves: {@code HorodatageTest}.)
 */
class HorodatageEnAttenteTest {

    @TempDir
    Path dossier;

    private Services services;
    private HorodatageEnAttente horodatage;
    private Path liste;

    @BeforeEach
    void ouvrir() throws Exception {
        services = CelluleVide.ouvrir(dossier);
        horodatage = services.documents().horodatageEnAttente();
        services.documents().parametrerHorodatage().enregistrer("http://127.0.0.1:9/tsa", "", new char[0]);
        liste = services.dossierDocuments().resolve(HorodatageDiffere.LISTE);
        Files.createDirectories(liste.getParent());
        Files.writeString(liste, "seance-001/03-proces-verbal.pdf\n");
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    @Test
    void the_coordinatrice_runs_it_and_a_document_gone_leaves_the_list() throws Exception {
        assertThat(horodatage.horodater()).isZero();
        assertThat(new HorodatageDiffere(services.dossierDocuments()).enAttente()).isEmpty();
    }

    @Test
    void another_roles_session_is_refused_and_the_list_is_left_as_it_was() throws Exception {
        services.connecter(new Utilisateur(null, "referente", Role.REFERENT_SOCIAL));

        assertThatThrownBy(horodatage::horodater).isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("seule la coordinatrice");
        assertThat(new HorodatageDiffere(services.dossierDocuments()).enAttente())
                .containsExactly("seance-001/03-proces-verbal.pdf");
    }

    @Test
    void after_a_log_out_nobody_runs_it() throws Exception {
        services.deconnecter();

        assertThatThrownBy(horodatage::horodater).isInstanceOf(IllegalStateException.class);
        assertThat(new HorodatageDiffere(services.dossierDocuments()).enAttente())
                .containsExactly("seance-001/03-proces-verbal.pdf");
    }
}
