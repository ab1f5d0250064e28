package fr.cellulepdp.app.sauvegarde;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.compte.ComptesDemo;
import fr.cellulepdp.app.document.CertificatDemo;
import fr.cellulepdp.app.support.DemoPreparee;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.audit.SceauJournal;
import fr.cellulepdp.model.audit.VerifierAudit;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.document.CertificatSignature;
import fr.cellulepdp.model.document.GenererDocumentsSeance;
import fr.cellulepdp.model.document.SignatureDocuments;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trail's head sealed into the signed minutes and into each backup, on a real encrypted H2 file: rolled back to an
 * older backup (its key ring's seal rolled back with it, so that the key ring alone sees nothing), the trail is
 * found shorter than the minutes signed since and than the backup made since, and the removed entries are named.
 */
class SceauxJournalTest {

    private static final char[] MOT_DE_PASSE = "sauvegarde-2026".toCharArray();

    @TempDir
    Path dossier;

    @Test
    void a_trail_rolled_back_is_named_by_the_seals_of_the_minutes_signed_and_of_the_backup_made_since()
            throws Exception {
        Path base = DemoPreparee.copier(DemoPreparee.LANCEMENT, dossier);
        Path ancienne = dossier.resolve("ancienne.sauvegarde");
        Path recente = dossier.resolve("recente.sauvegarde");
        try (Services services = fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(base, Horloge.systeme())) {
            Sauvegarde.sauvegarder(services.sauvegardes().sauvegarde(), ancienne, MOT_DE_PASSE);
        }
        long scelleeParLePv;
        long scelleeParLaSauvegarde;
        try (Services services = fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(base, Horloge.systeme())) {
            services.seances().motifsTypes().ajouter("Phrase ajoutée avant le procès-verbal.");
            var seance = services.documents().genererDocuments().trouver(null);
            byte[] pkcs12 = Files.readAllBytes(dossier.resolve(CertificatDemo.FICHIER));
            services.documents().genererDocuments().generer(seance.id(), Optional.of(
                    new CertificatSignature(pkcs12, CertificatDemo.MOT_DE_PASSE.toCharArray(), "Hélène Martinel",
                            "Coordinatrice")), (f, t) -> { });
            Path pv = services.dossierDocuments().resolve("seance-025");
            String enregistre = Files.readString(pv.resolve(GenererDocumentsSeance.SCEAU_PROCES_VERBAL),
                    StandardCharsets.UTF_8).strip();
            scelleeParLePv = SceauJournal.Sceau.depuisTexte(enregistre).orElseThrow().sequence();
            // the signed PDF carries the same seal, inside the revision its signature covers
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(pv.resolve("03-proces-verbal.pdf").toFile())) {
                assertThat(pdf.getDocumentInformation().getCustomMetadataValue(SignatureDocuments.CLE_SCEAU_JOURNAL))
                        .isEqualTo(enregistre);
                var signature = pdf.getSignatureDictionaries().get(0);
                int[] plage = signature.getByteRange();
                byte[] fichier = Files.readAllBytes(pv.resolve("03-proces-verbal.pdf"));
                // the one signature covers the whole file (its own value aside): the seal cannot change unseen
                assertThat(pdf.getSignatureDictionaries()).hasSize(1);
                assertThat(plage[0]).isZero();
                assertThat(plage[2] + plage[3]).isEqualTo(fichier.length);
            }
            for (int i = 0; i < 5; i++) {
                services.seances().motifsTypes().ajouter("Phrase ajoutée n° " + i + ".");
            }
            Sauvegarde.sauvegarder(services.sauvegardes().sauvegarde(), recente, MOT_DE_PASSE);
            scelleeParLaSauvegarde = Sauvegarde.sceau(recente, MOT_DE_PASSE).orElseThrow().sceau().sequence();
            assertThat(scelleeParLaSauvegarde).isGreaterThan(scelleeParLePv + 4);
            assertThat(services.bilans().verifierAudit().verifier(sceaux(services,
                    recente)).intact())
                    .isTrue();
        }

        // back to the older backup: the trail and the key ring's seal go back together
        Sauvegarde.restaurer(base, ancienne, MOT_DE_PASSE);

        try (Services services = fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(base, Horloge.systeme())) {
            VerifierAudit verifier = services.bilans().verifierAudit();
            long reste = services.stockage().journalAudit().dernier().orElseThrow().sequence();
            assertThat(reste).isLessThan(scelleeParLePv);
            assertThat(verifier.verifier().intact()).as("the key ring alone sees nothing")
                    .isTrue();

            VerifierAudit.Resultat parLesPv = verifier.verifier(services.bilans().sceauxDesProcesVerbaux());
            assertThat(parLesPv.raison()).isEqualTo("les entrées n° " + (reste + 1) + " à " + scelleeParLePv
                    + " ont été supprimées (le procès-verbal signé de la séance n° 25 en comptait " + scelleeParLePv
                    + ").");

            VerifierAudit.Resultat parLaSauvegarde = verifier.verifier(sceaux(services, recente));
            assertThat(parLaSauvegarde.premiereRompue()).isEqualTo(reste + 1);
            assertThat(parLaSauvegarde.raison()).isEqualTo("les entrées n° " + (reste + 1) + " à "
                    + scelleeParLaSauvegarde + " ont été supprimées (la sauvegarde « recente.sauvegarde » en comptait "
                    + scelleeParLaSauvegarde + ").");
        }
    }

    /** Only the backup's seal (the archive's minutes aside), as {@code verify-audit --backup} adds it. */
    private static SceauJournal.Externes sceaux(Services services, Path sauvegarde) {
        return () -> List.of(Sauvegarde.sceau(sauvegarde, MOT_DE_PASSE).orElseThrow());
    }
}
