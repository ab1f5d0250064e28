package fr.cellulepdp.app.signature;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.support.DemoPreparee;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.reports.signature.CertificatAutoSigne;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secretary, logged in, signs the minutes of his closed meeting from its window (no window here). */
class ModeleContresignatureTest {

    @TempDir
    Path dossier;

    private Services services;
    private Seance seance;
    private Membre secretaire;

    @BeforeEach
    void preparer() {
        Instant maintenant = Instant.parse("2026-11-23T10:00:00Z");
        services = DemoPreparee.ouvrirAvecDocuments(maintenant, dossier, () -> maintenant);
        seance = services.documents().genererDocuments().trouver(null);
        secretaire = services.stockage().membres().get(seance.secretaireId());
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    @Test
    void the_secretary_logged_in_signs_the_minutes_with_his_certificate_and_no_one_else_can() throws Exception {
        ModeleContresignature coordinatrice = new ModeleContresignature(services.documents().contresignature(),
                services.seances().consulterSeance(), services.dossierDocuments(), services.session(),
                ExecuteurTaches.synchrone(), seance.id());
        coordinatrice.actualiser();
        assertThat(coordinatrice.possibleProperty().get()).isFalse();
        assertThat(coordinatrice.etatProperty().get()).contains("Seul le secrétaire de séance");

        services.connecter(new Utilisateur(secretaire.id(), "julien.perrot", secretaire.role()));
        ModeleContresignature modele = new ModeleContresignature(services.documents().contresignature(),
                services.seances().consulterSeance(),
                services.dossierDocuments(), services.session(), ExecuteurTaches.synchrone(), seance.id());
        modele.actualiser();
        assertThat(modele.possibleProperty().get()).isTrue();
        assertThat(modele.etatProperty().get()).contains("attend votre signature");

        // someone else's certificate: refused in French, nothing signed
        Path autre = dossier.resolve("autre.p12");
        Files.write(autre, CertificatAutoSigne.creer("Hélène Martinel", "CPAM", "secret".toCharArray(), Instant.now()));
        modele.certificatProperty().set(autre);
        modele.motDePasseProperty().set("secret");
        modele.signer();
        assertThat(modele.etatProperty().get()).contains("ce certificat est celui de Hélène Martinel");

        Path sien = dossier.resolve("sien.p12");
        Files.write(sien, CertificatAutoSigne.creer(secretaire.nomComplet(), "CPAM", "secret".toCharArray(),
                Instant.now()));
        modele.certificatProperty().set(sien);
        modele.motDePasseProperty().set("secret");
        modele.signer();

        assertThat(modele.etatProperty().get()).isEqualTo("Procès-verbal signé dans le cadre de "
                + secretaire.nomComplet() + ".");
        assertThat(modele.possibleProperty().get()).isFalse();
        Path pv = services.dossierDocuments().resolve(String.format("seance-%03d", seance.numero()))
                .resolve("03-proces-verbal.pdf");
        try (var document = Loader.loadPDF(pv.toFile())) {
            assertThat(document.getSignatureDictionaries()).extracting(s -> s.getName())
                    .containsExactly(services.cellule().orElseThrow().signataire(), secretaire.nomComplet());
        }
        assertThat(services.stockage().journalAudit().findAll()).filteredOn(e -> e.action().equals(
                "DOCUMENT_CONTRESIGNE")).singleElement().satisfies(e -> assertThat(e.acteur()).isEqualTo("julien.perrot"));
        modele.actualiser();
        assertThat(modele.etatProperty().get()).contains("déjà signé par tous");
    }

    @Test
    void a_partner_logged_in_is_refused_the_meeting_before_anything_is_read() {
        Membre partenaire = services.stockage().membres().findAll().stream()
                .filter(m -> m.role() == Role.PARTENAIRE).findFirst().orElseThrow();
        services.connecter(new Utilisateur(partenaire.id(), "partenaire", Role.PARTENAIRE));
        ModeleContresignature modele = new ModeleContresignature(services.documents().contresignature(),
                services.seances().consulterSeance(), services.dossierDocuments(), services.session(),
                ExecuteurTaches.synchrone(), seance.id());

        modele.actualiser();

        assertThat(modele.possibleProperty().get()).isFalse();
        assertThat(modele.etatProperty().get()).contains("un partenaire reçoit l'ordre du jour et le procès-verbal "
                + "pseudonymisés");
    }
}
