package fr.cellulepdp.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.shell.SurDemoSansFenetre;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.document.DocumentSeance;
import fr.cellulepdp.model.document.ExtraitsPartenaires;
import fr.cellulepdp.model.document.TypeDocument;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.cellule.Partenaire;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Documents page's view model without a window, on the demo cell and real PDF files in its archive: what each
 * role sees, the filters, the commands enabled on a selection, and what reaches the system's opener.
 */
class ModeleDocumentsTest extends SurDemoSansFenetre {

    private static Seance recente;
    private static Seance ancienne;
    private final List<Path> ouverts = new ArrayList<>();
    private final List<Exception> erreurs = new ArrayList<>();

    @BeforeAll
    static void deposerDesDocuments() throws IOException {
        List<Seance> seances = services.stockage().seances().findAll().stream()
                .sorted(Comparator.comparing(Seance::date).reversed()).toList();
        recente = seances.get(0);
        ancienne = seances.get(1);
        for (String nom : List.of("01-ordre-du-jour.pdf", "02-ordre-du-jour-partenaires.pdf",
                "03-proces-verbal.pdf", "04-proces-verbal-extrait-partenaires.pdf",
                "courriers/2026-0007-formation-accord.pdf",
                "courriers/2026-0007-formation-accord-copie-employeur.pdf")) {
            pdf(ancienne, nom);
        }
        pdf(recente, "01-ordre-du-jour.pdf");
        pdf(recente, "02-ordre-du-jour-partenaires.pdf");
        // neither a file being written nor the checksums are documents
        Path dossier = DossierDocuments.dossier(services.dossierDocuments(), recente.numero());
        Files.writeString(dossier.resolve("SHA256SUMS"), "");
        Files.writeString(dossier.resolve("03-proces-verbal.pdf.partiel"), "");
    }

    private static void pdf(Seance seance, String nom) throws IOException {
        Path fichier = DossierDocuments.dossier(services.dossierDocuments(), seance.numero()).resolve(nom);
        Files.createDirectories(fichier.getParent());
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(fichier.toFile());
        }
    }

    private ModeleDocuments modele(Utilisateur utilisateur) {
        connecter(utilisateur);
        ModeleDocuments modele = new ModeleDocuments(services.documents().consulterDocuments(), () -> utilisateur,
                ExecuteurTaches.synchrone(), ouverts::add, erreurs::add);
        modele.actualiser();
        return modele;
    }

    private static Utilisateur partenaire() {
        return services.stockage().membres().findAll().stream().filter(m -> m.role() == Role.PARTENAIRE)
                .findFirst().map(m -> new Utilisateur(m.id(), "partenaire", Role.PARTENAIRE)).orElseThrow();
    }

    @Test
    void the_coordinatrice_sees_every_meeting_s_documents_filters_them_and_opens_one_then_its_folder() {
        ModeleDocuments modele = modele(coordinatrice());

        assertThat(modele.lignes()).hasSize(8);
        assertThat(modele.resumeProperty().get()).isEqualTo("8 documents");
        assertThat(modele.lignes().get(0).numeroSeance()).as("la séance la plus récente d'abord")
                .isEqualTo(recente.numero());
        assertThat(modele.seances()).containsExactly(recente.numero(), ancienne.numero());
        assertThat(modele.libelleSeance(ancienne.numero())).startsWith("Séance n°\u00a0" + ancienne.numero() + " du ");
        assertThat(modele.selectionneProperty().get()).isFalse();
        assertThat(modele.dossierPossibleProperty().get()).isFalse();

        modele.seanceProperty().set(ancienne.numero());
        assertThat(modele.lignes()).hasSize(6).allSatisfy(d -> assertThat(d.numeroSeance()).isEqualTo(ancienne.numero()));
        modele.typeProperty().set(TypeDocument.COPIE);
        assertThat(modele.lignes()).extracting(DocumentSeance::nom)
                .containsExactly("courriers/2026-0007-formation-accord-copie-employeur.pdf");
        assertThat(modele.resumeProperty().get()).isEqualTo("1 document");

        DocumentSeance copie = modele.lignes().get(0);
        modele.selectionProperty().set(copie);
        assertThat(modele.selectionneProperty().get()).isTrue();
        assertThat(modele.dossierPossibleProperty().get()).isTrue();
        assertThat(ModeleDocuments.taille(copie)).matches("\\d+\u00a0(octets|ko)");

        modele.ouvrir();
        modele.ouvrirDossier();
        Path dossier = DossierDocuments.dossier(services.dossierDocuments(), ancienne.numero()).toAbsolutePath();
        assertThat(ouverts).containsExactly(dossier.resolve("courriers/2026-0007-formation-accord-copie-employeur.pdf"),
                dossier);

        modele.apercevoir();
        assertThat(modele.apercuProperty().get()).isNotNull();
        assertThat(modele.apercuProperty().get().getWidth()).as("une page Letter à 60 ppp").isEqualTo(510);
        assertThat(modele.titreApercuProperty().get()).contains("copie-employeur");

        modele.typeProperty().set(TypeDocument.PROCES_VERBAL);
        assertThat(modele.selectionProperty().get()).as("la copie n'est plus listée").isNull();
        assertThat(modele.selectionneProperty().get()).isFalse();
        assertThat(modele.apercuProperty().get()).isNull();
        assertThat(erreurs).isEmpty();
    }

    @Test
    void a_partner_sees_his_own_type_s_versions_and_never_those_made_for_another_type() throws IOException {
        Utilisateur partenaire = partenaire();
        Partenaire sien = services.stockage().membres().find(partenaire.membreId()).orElseThrow().partenaire();
        assertThat(sien).as("the demo's partner has a type").isNotNull();
        Partenaire autre = Arrays.stream(Partenaire.values()).filter(p -> p != sien).findFirst().orElseThrow();
        List<String> noms = List.of(ExtraitsPartenaires.ordreDuJour(sien), ExtraitsPartenaires.procesVerbal(sien),
                ExtraitsPartenaires.ordreDuJour(autre), ExtraitsPartenaires.procesVerbal(autre));
        for (String nom : noms) {
            pdf(recente, nom);
        }
        try {
            ModeleDocuments modele = modele(partenaire);
            assertThat(modele.lignes()).extracting(DocumentSeance::nom)
                    .contains(ExtraitsPartenaires.ordreDuJour(sien), ExtraitsPartenaires.procesVerbal(sien))
                    .doesNotContain(ExtraitsPartenaires.ordreDuJour(autre), ExtraitsPartenaires.procesVerbal(autre));

            // another type's extract, forged, is refused before any file is touched
            modele.selectionProperty().set(new DocumentSeance(recente.id(), recente.numero(), recente.date(),
                    TypeDocument.EXTRAIT_PARTENAIRES, ExtraitsPartenaires.procesVerbal(autre), 0, Instant.EPOCH));
            modele.ouvrir();
            assertThat(ouverts).isEmpty();
            assertThat(erreurs).singleElement().isInstanceOf(SaisieInvalideException.class);

            // members see every version, each as the partners' document it is
            assertThat(modele(coordinatrice()).lignes()).filteredOn(d -> noms.contains(d.nom()))
                    .extracting(DocumentSeance::type).hasSize(4)
                    .containsOnly(TypeDocument.ORDRE_DU_JOUR_PARTENAIRES, TypeDocument.EXTRAIT_PARTENAIRES);
        } finally {
            for (String nom : noms) {
                Files.delete(DossierDocuments.dossier(services.dossierDocuments(), recente.numero()).resolve(nom));
            }
        }
    }

    @Test
    void a_partner_sees_and_opens_only_the_pseudonymised_agenda_and_extract_and_never_the_folder() {
        ModeleDocuments modele = modele(partenaire());

        assertThat(modele.lignes()).extracting(DocumentSeance::type).containsOnly(
                TypeDocument.ORDRE_DU_JOUR_PARTENAIRES, TypeDocument.EXTRAIT_PARTENAIRES).hasSize(3);
        assertThat(modele.dossierVisible()).isFalse();
        modele.selectionProperty().set(modele.lignes().get(0));
        assertThat(modele.selectionneProperty().get()).isTrue();
        assertThat(modele.dossierPossibleProperty().get()).isFalse();
        modele.ouvrir();
        assertThat(ouverts).hasSize(1);

        // a document of another kind, forged, is refused by the use case before any file is touched
        modele.selectionProperty().set(new DocumentSeance(ancienne.id(), ancienne.numero(), ancienne.date(),
                TypeDocument.ORDRE_DU_JOUR_PARTENAIRES, "03-proces-verbal.pdf", 0, Instant.EPOCH));
        modele.ouvrir();
        modele.apercevoir();
        modele.ouvrirDossier();
        assertThat(ouverts).hasSize(1);
        assertThat(modele.apercuProperty().get()).isNull();
        assertThat(erreurs).hasSize(3).allSatisfy(e -> assertThat(e).isInstanceOf(SaisieInvalideException.class));
    }

    @Test
    void a_name_leading_out_of_the_meeting_s_folder_or_a_file_gone_is_refused_in_french() {
        ModeleDocuments modele = modele(coordinatrice());
        modele.selectionProperty().set(new DocumentSeance(ancienne.id(), ancienne.numero(), ancienne.date(),
                TypeDocument.AUTRE, "../seance-" + recente.numero() + "/01-ordre-du-jour.pdf", 0, Instant.EPOCH));
        modele.ouvrir();
        modele.selectionProperty().set(new DocumentSeance(ancienne.id(), ancienne.numero(), ancienne.date(),
                TypeDocument.AUTRE, "99-disparu.pdf", 0, Instant.EPOCH));
        modele.ouvrir();
        assertThat(ouverts).isEmpty();
        assertThat(erreurs).hasSize(2).allSatisfy(e -> assertThat(e.getMessage()).contains("n'est plus dans le "
                + "dossier de la séance"));
    }

    @Test
    void a_documents_time_reads_in_paris_time_as_every_other_time_of_the_window() {
        DocumentSeance document = new DocumentSeance(java.util.UUID.randomUUID(), 1, HORLOGE.aujourdhui(),
                TypeDocument.values()[0], "01-ordre-du-jour.pdf", 26_000, Instant.parse("2026-12-04T16:59:30Z"));
        assertThat(ModeleDocuments.modifie(document)).isEqualTo("04/12/2026 à 17h59");
        assertThat(ModeleDocuments.modifie(new DocumentSeance(document.seanceId(), 1, HORLOGE.aujourdhui(),
                document.type(), document.nom(), 26_000, Instant.parse("2026-07-01T12:05:00Z"))))
                .as("heure d'été").isEqualTo("01/07/2026 à 14h05");
    }
}
