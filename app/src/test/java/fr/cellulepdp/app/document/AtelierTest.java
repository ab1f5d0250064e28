package fr.cellulepdp.app.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.app.support.DemoPreparee;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.document.CertificatSignature;
import fr.cellulepdp.model.document.DocumentProduit;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.model.seance.Seance;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack made on the workshop's threads is the pack made on one thread: same files, same order, same records. */
class AtelierTest {

    @TempDir
    Path dossier;

    private Services services;
    private Seance seance;
    private CertificatSignature certificat;

    @BeforeEach
    void preparer() {
        Instant maintenant = Instant.parse("2026-11-23T10:00:00Z");
        services = DemoPreparee.ouvrir(maintenant, dossier, () -> maintenant);
        seance = services.documents().genererDocuments().trouver(null);
        var cellule = services.cellule().orElseThrow();
        certificat = CertificatChoisi.lire(Path.of(cellule.certificatSignature()),
                CertificatDemo.MOT_DE_PASSE.toCharArray(), cellule, services.dossierDonnees());
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    @Test
    void the_pack_made_in_parallel_has_the_same_files_in_the_same_order_and_records_the_same_letters() {
        List<DocumentProduit> seul = services.documents().genererDocuments().generer(seance.id(),
                Optional.of(certificat), (faits, total) -> { });
        List<Notification> apresSeul = services.stockage().notifications().findAll();
        List<Integer> avancement = new ArrayList<>();

        List<DocumentProduit> enParallele;
        try (Atelier atelier = Atelier.ouvrirEtPreparer()) {
            enParallele = services.documents().genererDocuments().sur(atelier).generer(seance.id(),
                    Optional.of(certificat), (faits, total) -> avancement.add(faits));
        }

        assertThat(enParallele).extracting(DocumentProduit::nomFichier)
                .containsExactlyElementsOf(seul.stream().map(DocumentProduit::nomFichier).toList());
        assertThat(enParallele).extracting(DocumentProduit::signe)
                .containsExactlyElementsOf(seul.stream().map(DocumentProduit::signe).toList());
        assertThat(avancement).as("progression dans l'ordre").isSorted().hasSize(seul.size());
        // the second pack brings the same letters up to date: as many records, the new fingerprints
        List<Notification> apresParallele = services.stockage().notifications().findAll();
        assertThat(apresParallele).hasSameSizeAs(apresSeul);
        assertThat(apresParallele).extracting(Notification::sha256)
                .containsAll(enParallele.stream().filter(d -> d.nomFichier().startsWith("courriers/"))
                        .map(DocumentProduit::sha256).toList());
    }

    @Test
    void a_wrong_certificate_password_fails_as_on_one_thread() {
        CertificatSignature faux = new CertificatSignature(certificat.pkcs12(), "faux".toCharArray(),
                certificat.nom(), certificat.fonction());

        try (Atelier atelier = Atelier.ouvrir()) {
            assertThatThrownBy(() -> services.documents().genererDocuments().sur(atelier).generer(seance.id(),
                    Optional.of(faux), (faits, total) -> { }))
                    .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("mot de passe erroné");
        }
        assertThat(services.stockage().notifications().findAll()).isEmpty();
    }
}
