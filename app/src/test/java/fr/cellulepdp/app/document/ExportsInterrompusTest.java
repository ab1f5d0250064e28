package fr.cellulepdp.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.compte.ComptesDemo;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.model.commun.Empreintes;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.persistence.depot.PointDArret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File before record for what the Courriers tab hands out: a process killed (SIGKILL) while the letters to post or
 * an .eml are written leaves the former state (no file, nothing recorded) or the file without its record, never a
 * record without its file; run again, the export is recorded with the SHA-256 of the file on disk.
 */
class ExportsInterrompusTest {

    /** The demo cell with its last meeting's pack generated, once for the class; each test works on a copy. */
    @TempDir
    static Path modele;
    /** The pack's folder, relative to the data folder. */
    private static Path seanceDansModele;

    @TempDir
    Path dossier;

    private Path base;
    private Path seance;

    @BeforeAll
    static void genererLePaquet() {
        try (Services services = Services.ouvrir(modele.resolve("cellule"), Horloge.systeme())) {
            services.miseEnPlace().chargementDemo().charger();
            var cellule = services.cellule().orElseThrow();
            var derniere = services.documents().genererDocuments().trouver(null);
            services.documents().genererDocuments().generer(derniere.id(), Optional.of(CertificatChoisi.lire(
                    Path.of(cellule.certificatSignature()), CertificatDemo.MOT_DE_PASSE.toCharArray(), cellule,
                    services.dossierDonnees())), (faits, total) -> { });
            seanceDansModele = modele.relativize(DossierDocuments.dossier(services.dossierDocuments(),
                    derniere.numero()));
        }
    }

    @BeforeEach
    void copier() throws IOException {
        fr.cellulepdp.app.support.CopieDeModele.copier(modele, dossier);
        base = dossier.resolve("cellule");
        seance = dossier.resolve(seanceDansModele.toString());
    }

    @Test
    void the_letters_to_post_killed_before_or_after_the_file_is_in_place_are_never_recorded_without_it()
            throws Exception {
        Path lot = seance.resolve(DossierDocuments.COURRIERS_A_POSTER);

        tuerA(FichiersPrives.AVANT_DEPLACEMENT, "a-poster");
        assertThat(lot).as("not under its name before the move").doesNotExist();
        assertThat(journal("COURRIERS_A_POSTER")).isEmpty();

        tuerA(DepotVerifie.ETAPE, "a-poster");
        assertThat(lot).as("whole, in place").exists();
        assertThat(new String(Files.readAllBytes(lot), StandardCharsets.ISO_8859_1)).startsWith("%PDF").contains("%%EOF");
        assertThat(journal("COURRIERS_A_POSTER")).as("the file comes before the record").isEmpty();

        executer("a-poster");
        assertThat(journal("COURRIERS_A_POSTER")).singleElement().satisfies(e -> assertThat(e.details())
                .contains(Empreintes.sha256(Files.readAllBytes(lot))));
        assertThat(partiels()).as("the killed write's leftover removed at the next start").isEmpty();
    }

    @Test
    void an_eml_export_killed_once_written_is_recorded_only_when_run_again() throws Exception {
        tuerA(DepotVerifie.ETAPE, "eml");
        Path eml;
        try (Stream<Path> fichiers = Files.list(seance.resolve("courriers"))) {
            eml = fichiers.filter(f -> f.toString().endsWith(".eml")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(eml, StandardCharsets.ISO_8859_1)).contains("Message-ID");
        assertThat(journal("COURRIEL_EXPORTE")).isEmpty();

        executer("eml");
        assertThat(journal("COURRIEL_EXPORTE")).singleElement().satisfies(e -> assertThat(e.details())
                .contains(Empreintes.sha256(Files.readAllBytes(eml))));
    }

    @Test
    void a_new_personal_code_killed_once_its_page_is_written_is_not_given_and_the_former_code_stays() throws Exception {
        String avant = codeDeLaPersonne();

        tuerA(DepotVerifie.ETAPE, "code");
        Path page = dossier.resolve("code.pdf");
        assertThat(page).as("the page, whole").exists();
        assertThat(codeDeLaPersonne()).as("the code printed there is not recorded: letters keep the former one")
                .isEqualTo(avant);
        assertThat(journal("CODE_PERSONNEL_NOUVEAU")).isEmpty();

        executer("code");
        String apres = codeDeLaPersonne();
        assertThat(apres).isNotEqualTo(avant);
        try (var document = org.apache.pdfbox.Loader.loadPDF(page.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains(apres);
        }
        assertThat(journal("CODE_PERSONNEL_NOUVEAU")).hasSize(1);
    }

    /** The person the child gives a new code to: the first, by identifier, with an e-mail address. */
    static fr.cellulepdp.model.situation.Assure personneAvecCourriel(Services services) {
        return services.stockage().assures().findAll().stream().filter(a -> !a.email().isEmpty())
                .min(java.util.Comparator.comparing(a -> a.id().toString())).orElseThrow();
    }

    private String codeDeLaPersonne() {
        try (Services services = fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(base, Horloge.systeme())) {
            return services.stockage().codesCourriel().findByAssure(personneAvecCourriel(services).id())
                    .map(c -> c.code()).orElse("");
        }
    }

    private void tuerA(String etape, String export) throws Exception {
        Path signal = dossier.resolve("signal-" + etape);
        Process enfant = lancer(etape, signal, export);
        assertThat(PointDArret.attendre(signal, enfant)).as("the child reached " + etape).isTrue();
        enfant.destroyForcibly();
        assertThat(enfant.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** The export run again to its end, in this process: only the killed runs need a process of their own. */
    private void executer(String export) throws Exception {
        ExportEnfant.main(new String[] {base.toString(), export});
    }

    private List<EvenementAudit> journal(String action) {
        try (Services services = fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(base, Horloge.systeme())) {
            return services.stockage().journalAudit().findAll().stream().filter(e -> e.action().equals(action))
                    .toList();
        }
    }

    private List<Path> partiels() throws IOException {
        try (Stream<Path> fichiers = Files.walk(dossier.resolve("documents"))) {
            return fichiers.filter(f -> f.toString().endsWith(FichiersPrives.PARTIEL)).toList();
        }
    }

    /** A child JVM running the export, which signals at {@code signal} once it reaches {@code etape} and waits. */
    private Process lancer(String etape, Path signal, String export) throws IOException {
        return fr.cellulepdp.app.support.JvmEnfant.commande(
                List.of("-D" + PointDArret.PROPRIETE + "=" + etape, "-D" + PointDArret.SIGNAL + "=" + signal),
                ExportEnfant.class, List.of(base.toString(), export)).redirectErrorStream(true).start();
    }
}
