package fr.cellulepdp.app.importation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Empreintes;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.importation.MiseADisposition;
import fr.cellulepdp.model.importation.ProduireMisesADisposition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The « courrier de mise à disposition » after an import of the IJ 60 days list, on a real H2 file and real files:
 * produced once (a second run produces none), recorded on the situation only once its file is written, printed and
 * posted; the cell's wording used; refused to anyone but the coordinatrice, nothing written then.
 */
class MisesADispositionTest {

    private static final String LISTE = "nir;nom;prenom;date_naissance;sexe;date_debut_arret;risque;employeur;siret;"
            + "email;telephone;adresse\n"
            + "269054958815780;Lefèvre;Hélène;12/05/1969;2;01/08/2026;maladie;Boulangerie Fictive;73282932000074;"
            + ";;3 rue de l'Église, 58000 Nevers\n";

    @TempDir
    Path dossier;

    private Services services;
    private Utilisateur coordinatrice;

    @BeforeEach
    void preparer() {
        services = Services.ouvrir(dossier.resolve("cellule"), () -> Instant.parse("2026-12-03T09:00:00Z"));
        services.miseEnPlace().chargerDonneesDemo().executer(LocalDate.of(2026, 11, 23));
        coordinatrice = services.utilisateur();
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    private UUID importer() {
        var apercu = services.situations().importerListeIj60().apercu(LecteurListeIj60.lire(LISTE.getBytes(StandardCharsets.UTF_8)));
        assertThat(services.situations().importerListeIj60().importer(apercu, (f, t) -> { }).situationsCreees())
                .isEqualTo(1);
        return services.stockage().situations().findAll().stream()
                .filter(s -> services.stockage().assures().get(s.assureId()).nom().equals("Lefèvre"))
                .findFirst().orElseThrow().id();
    }

    private static String texte(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replace('\u202F', ' ')
                    .replaceAll("\\s+", " ");
        }
    }

    @Test
    void the_imported_file_gets_its_letter_once_listed_on_the_situation_then_printed_and_posted() throws Exception {
        UUID importee = importer();
        ModeleMisesADisposition modele = new ModeleMisesADisposition(services.courriers().misesADisposition(),
                courriers(),
                services.session(), ExecuteurTaches.synchrone());
        modele.actualiser();
        assertThat(modele.aProduireProperty().get()).isTrue();

        modele.produire();

        MiseADisposition courrier = services.stockage().misesADisposition().findBySituation(importee).orElseThrow();
        Path fichier = courriers().dossier().resolve(courrier.fichier());
        byte[] pdf = Files.readAllBytes(fichier);
        assertThat(Empreintes.sha256(pdf)).isEqualTo(courrier.sha256());
        Files.createDirectories(Path.of("target", "documents"));
        Files.write(Path.of("target", "documents", "mise-a-disposition-importee.pdf"), pdf);
        String numero = services.stockage().situations().get(importee).numeroDossier();
        assertThat(texte(pdf)).contains("Madame Hélène LEFÈVRE", "Référence : " + numero, "1er août 2026",
                "proposition d’accompagnement").doesNotContain("269054958815780", "2 69 05");
        assertThat(modele.messageProperty().get()).startsWith(services.stockage().misesADisposition().count()
                + " courrier(s) de mise à disposition produit(s)");
        assertThat(modele.situations()).filteredOn(l -> l.situationId().equals(importee)).singleElement()
                .satisfies(l -> assertThat(l.courrier()).hasValueSatisfying(c -> assertThat(c.posteLe()).isNull()));
        assertThat(modele.aProduireProperty().get()).isFalse();

        long avant = services.stockage().misesADisposition().count();
        assertThat(courriers().produire(null)).as("jamais deux fois").isEmpty();
        assertThat(courriers().produire(List.of(importee))).isEmpty();
        assertThat(services.stockage().misesADisposition().count()).isEqualTo(avant);
        assertThat(Files.readAllBytes(fichier)).isEqualTo(pdf);

        modele.imprimer();
        assertThat(Files.exists(courriers().dossier().resolve(CourriersMiseADisposition.A_POSTER)))
                .isTrue();
        modele.marquerPostes();
        assertThat(services.stockage().misesADisposition().findBySituation(importee).orElseThrow().posteLe())
                .isEqualTo(Instant.parse("2026-12-03T09:00:00Z"));
        assertThat(modele.aPosterProperty().get()).isFalse();
        assertThat(courriers().aPoster()).isEmpty();
    }

    @Test
    void a_file_that_cannot_be_written_records_nothing_and_the_next_run_produces_it() {
        UUID importee = importer();
        assertThatThrownBy(() -> services.courriers().misesADisposition().produire(List.of(importee), numero -> {
            throw new IllegalStateException("disque plein");
        })).hasMessageContaining("disque plein");
        assertThat(services.stockage().misesADisposition().findBySituation(importee)).isEmpty();

        assertThat(courriers().produire(List.of(importee))).hasSize(1);
    }

    @Test
    void the_cells_wording_is_used_and_an_unknown_field_is_refused() throws Exception {
        UUID importee = importer();
        assertThatThrownBy(() -> services.courriers().misesADisposition().enregistrerModele("Bonjour {{assure.nir}}")).isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("{{assure.nir}}");
        services.courriers().misesADisposition().enregistrerModele("Votre dossier {{situation.numero}} : appelez le {{cellule.telephone}}.");

        MiseADisposition courrier = courriers().produire(List.of(importee)).get(0);

        byte[] pdf = Files.readAllBytes(courriers().dossier().resolve(courrier.fichier()));
        assertThat(texte(pdf)).contains("Votre dossier " + services.stockage().situations().get(importee)
                .numeroDossier() + " : appelez le").doesNotContain("ne vous engage à rien");
    }

    @Test
    void only_the_coordinatrice_produces_prints_marks_or_words_the_letters_and_nothing_is_written_then() {
        UUID importee = importer();
        Utilisateur referent = new Utilisateur(UUID.randomUUID(), "referent", Role.REFERENT_SOCIAL);
        ProduireMisesADisposition cas = services.courriers().misesADisposition();
        ModeleMisesADisposition modele = new ModeleMisesADisposition(cas, courriers(), services.session(),
                ExecuteurTaches.synchrone());
        assertThat(modele.commandesOffertes()).as("the coordinatrice").isTrue();
        services.connecter(referent);
        assertThat(modele.commandesOffertes()).as("a référent reads the state, is offered no command").isFalse();
        assertThatThrownBy(() -> cas.produire(null, n -> c -> { throw new AssertionError("écrit"); }))
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("seule la coordinatrice");
        assertThatThrownBy(() -> cas.marquerPostes())
                .isInstanceOf(SaisieInvalideException.class);
        assertThatThrownBy(() -> cas.enregistrerModele("Bonjour"))
                .isInstanceOf(SaisieInvalideException.class);
        assertThatThrownBy(() -> cas.deposerAPoster(n -> new byte[0], l -> new byte[0],
                c -> { throw new AssertionError("écrit"); })).isInstanceOf(SaisieInvalideException.class);
        services.connecter(new Utilisateur(UUID.randomUUID(), "partenaire", Role.PARTENAIRE));
        assertThatThrownBy(() -> cas.situations()).isInstanceOf(SaisieInvalideException.class);
        assertThat(services.stockage().misesADisposition().findBySituation(importee)).isEmpty();
        assertThat(Files.exists(courriers().dossier())).isFalse();
    }

    private CourriersMiseADisposition courriers() {
        return new CourriersMiseADisposition(services.courriers().misesADisposition(), services.dossierDocuments());
    }
}
