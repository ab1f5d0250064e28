package fr.cellulepdp.app.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.app.document.CertificatDemo;
import fr.cellulepdp.app.support.DemoPreparee;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Situation;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The right of access on the demo cell in a real H2 file: the whole person, the export recorded, partners refused. */
class DroitAccesTest {

    @TempDir
    Path dossier;

    @Test
    void the_coordinatrice_exports_everything_about_one_person_and_the_trail_records_it() throws Exception {
        Instant maintenant = Instant.parse("2026-11-23T09:00:00Z");
        try (Services services = DemoPreparee.ouvrir(maintenant, dossier, Horloge.fixe(maintenant))) {
            Situation situation = services.stockage().situations().findAll().stream()
                    .filter(s -> !services.stockage().demandes().findBySituation(s.id()).isEmpty()).findFirst()
                    .orElseThrow();
            Assure personne = services.stockage().assures().get(situation.assureId());

            byte[] pdf = services.bilans().exporterDonneesPersonne().exporter(personne.id()).contenu();

            String texte;
            try (PDDocument document = Loader.loadPDF(pdf)) {
                texte = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            }
            assertThat(texte).contains(personne.nir().formate(), personne.nom().toUpperCase(),
                    "Dossier " + situation.numeroDossier());
            assertThat(services.stockage().journalAudit().dernier()).hasValueSatisfying(e -> {
                assertThat(e.action()).isEqualTo("DROIT_ACCES");
                assertThat(e.objetId()).isEqualTo(personne.id());
            });
            services.connecter(new Utilisateur(null, "partenaire", Role.PARTENAIRE));
            assertThatThrownBy(() -> services.bilans().exporterDonneesPersonne().exporter(personne.id()))
                    .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("seule la coordinatrice");
        }
    }
}
