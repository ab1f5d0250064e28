package fr.cellulepdp.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import fr.cellulepdp.app.support.DemoPreparee;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Empreintes;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.situation.Assure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

    @Test
    void after_an_anonymisation_no_document_of_the_data_folder_names_the_person_but_the_signed_minutes()
            throws Exception {
        DemoPreparee.copier(DemoPreparee.LANCEMENT, racine);
        // five years on, every file of the demo cell is past its retention
        Horloge plusTard = Horloge.fixe(Instant.now().plus(Duration.ofDays(5 * 366)));
        try (Services services = fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(
                racine.resolve("cellule"), plusTard)) {
            Seance seance = services.documents().genererDocuments().trouver(null);
            services.documents().genererDocuments().generer(seance.id(), Optional.empty(), (f, t) -> { });
            Path dossier = DossierDocuments.dossier(services.dossierDocuments(), seance.numero());
            Files.write(dossier.resolve(DossierDocuments.COURRIERS_A_POSTER), new byte[] {1});
            UUID situation = seance.ordreDuJour().get(0).situationId();
            Assure personne = services.stockage().assures().get(services.stockage().situations().get(situation)
                    .assureId());
            assertThat(texte(dossier.resolve("01-ordre-du-jour.pdf"))).contains(personne.nom().toUpperCase());
            byte[] minutes = Files.readAllBytes(dossier.resolve("03-proces-verbal.pdf"));

            var rapport = services.bilans().conserverDonnees().anonymiser();
            EffacementCourriers.Bilan bilan = EffacementCourriers.apres(services.dossierDocuments(),
                services.seances().listerSeances(), services.documents()::genererDocuments, services.session(),
                rapport);

            assertThat(rapport.seances()).contains(seance.numero());
            assertThat(bilan.lettres()).isPositive();
            assertThat(bilan.ordresDuJour()).isGreaterThanOrEqualTo(2);
            assertThat(bilan.lotsAPoster()).isEqualTo(1);
            assertThat(dossier.resolve(DossierDocuments.COURRIERS_A_POSTER)).doesNotExist();
            assertThat(texte(dossier.resolve("01-ordre-du-jour.pdf"))).doesNotContain(personne.nom().toUpperCase())
                    .doesNotContain(personne.nom());
            assertThat(Files.readAllBytes(dossier.resolve("03-proces-verbal.pdf"))).as("the signed archive record")
                    .isEqualTo(minutes);
            try (var courriers = Files.list(dossier.resolve("courriers"))) {
                assertThat(courriers).isEmpty();
            }
            String agenda = Empreintes.sha256(Files.readAllBytes(dossier.resolve("01-ordre-du-jour.pdf")));
            assertThat(Files.readAllLines(dossier.resolve("SHA256SUMS"))).contains(agenda + "  01-ordre-du-jour.pdf");
        }
    }

    private static String texte(Path pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    private Path ecrire(String chemin) throws Exception {
        Path fichier = racine.resolve(chemin);
        Files.createDirectories(fichier.getParent());
        return Files.write(fichier, new byte[] {1});
    }
}
