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
 * The counter-signature signs as whoever the session holds at each call (decision record 0044): a partner's session
 * is refused, and after a log-out nobody signs; either way the document and the trail are left as they were. (The
 * secretary's signature itself: {@code SignaturesVisiblesTest}, {@code ModeleContresignatureTest}.)
 */
class ContresignatureTest {

    @TempDir
    Path dossier;

    private Services services;
    private Contresignature contresignature;
    private Path document;
    private byte[] avant;

    @BeforeEach
    void ouvrir() throws Exception {
        services = CelluleVide.ouvrir(dossier);
        contresignature = services.documents().contresignature();
        document = dossier.resolve("03-proces-verbal.pdf");
        avant = "%PDF-1.7 un procès-verbal d'essai".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(document, avant);
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    private long traces() {
        return services.stockage().journalAudit().findAll().stream()
                .filter(e -> e.action().equals("DOCUMENT_CONTRESIGNE")).count();
    }

    @Test
    void a_partners_session_is_refused_and_the_document_is_left_as_it_was() throws Exception {
        services.connecter(new Utilisateur(null, "partenaire", Role.PARTENAIRE));

        assertThatThrownBy(() -> contresignature.signer(document, new byte[0], new char[0]))
                .isInstanceOf(SaisieInvalideException.class);

        assertThat(Files.readAllBytes(document)).isEqualTo(avant);
        assertThat(traces()).isZero();
    }

    @Test
    void after_a_log_out_nobody_signs() throws Exception {
        services.deconnecter();

        assertThatThrownBy(() -> contresignature.signer(document, new byte[0], new char[0]))
                .isInstanceOf(IllegalStateException.class);

        assertThat(Files.readAllBytes(document)).isEqualTo(avant);
        assertThat(traces()).isZero();
    }
}
