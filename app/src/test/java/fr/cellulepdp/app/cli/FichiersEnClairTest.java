package fr.cellulepdp.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.compte.ComptesDemo;
import fr.cellulepdp.app.document.CertificatDemo;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.persistence.base.AccesBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lost laptop discloses nothing: after a day's work from the command line (demo, documents signed, backup,
 * figures), every file the application wrote outside the documents it was asked to produce — the database, its key
 * ring, the local key, the backup, the temporary folder, the user's home (Java preferences), and the console
 * output (the only log) — holds no person's name, NIR, e-mail or medical opinion.
 */
class FichiersEnClairTest {

    private static final String COORDINATRICE = "helene.martinel";

    @TempDir
    Path dossier;

    @Test
    void no_name_nir_or_medical_opinion_in_any_file_written_in_clear() throws Exception {
        Path donnees = dossier.resolve("donnees");
        Path temporaire = Files.createDirectories(dossier.resolve("tmp"));
        Path maison = Files.createDirectories(dossier.resolve("maison"));
        Path produits = dossier.resolve("produits");
        String base = donnees.resolve("cellule").toString();
        StringBuilder console = new StringBuilder();

        // one process of its own for the day's commands, one after the other: its temporary folder and home
        console.append(lancer(temporaire, maison, "--db", base, "demo",
                CommandesEnSuite.PUIS, "--db", base, "--user", COORDINATRICE, "render", "--seance", "last",
                "--out", produits.resolve("seance").toString(),
                CommandesEnSuite.PUIS, "--db", base, "--user", COORDINATRICE, "backup",
                dossier.resolve("sauvegarde.pdpsave").toString(),
                CommandesEnSuite.PUIS, "--db", base, "--user", COORDINATRICE, "indicators", "--from",
                "2026-01-01", "--to", "2026-12-31", "--csv", produits.resolve("indicateurs.csv").toString()));
        assertThat(console).as("each command ran").contains("Sauvegarde écrite", "Indicateurs du 2026-01-01");

        Set<String> secrets = secrets(AccesBase.fichier(Path.of(base)));
        assertThat(secrets).as("the demo holds names, NIRs and medical opinions").hasSizeGreaterThan(100);
        // the check can fail: the letters produced on purpose do name the persons
        assertThat(trouves(fichiers(produits.resolve("seance")), secrets)).isNotEmpty();

        List<Path> enClair = new ArrayList<>(fichiers(dossier));
        enClair.removeIf(f -> f.startsWith(produits.resolve("seance")) || f.startsWith(donnees.resolve("documents")));
        assertThat(enClair).as("the database, its key ring and the backup are among the files searched")
                .contains(Path.of(base + ".mv.db"), Path.of(base + ".cles"), dossier.resolve("sauvegarde.pdpsave"));
        assertThat(trouves(enClair, secrets)).isEmpty();
        assertThat(secrets.stream().filter(console.toString()::contains)).isEmpty();
    }

    /**
     * Runs the command lines (separated by {@link CommandesEnSuite#PUIS}) in a process of its own, with its own
     * temporary folder and home; returns its output.
     */
    private String lancer(Path temporaire, Path maison, String... arguments) throws Exception {
        ProcessBuilder constructeur = fr.cellulepdp.app.support.JvmEnfant.commande(
                List.of("-Djava.io.tmpdir=" + temporaire, "-Duser.home=" + maison), CommandesEnSuite.class,
                List.of(arguments)).redirectErrorStream(true);
        constructeur.environment().put("PDP_PASSWORD", ComptesDemo.MOT_DE_PASSE);
        constructeur.environment().put("CELLULE_PDP_MOT_DE_PASSE", CertificatDemo.MOT_DE_PASSE);
        constructeur.environment().put("PDP_BACKUP_PASSWORD", "Sauvegarde-2026!");
        Process processus = constructeur.start();
        String sortie = new String(processus.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(processus.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(processus.exitValue()).as(sortie).isZero();
        return sortie;
    }

    /** What identifies a person or tells their health: names, NIRs, e-mails, medical opinions. */
    private static Set<String> secrets(AccesBase acces) {
        Set<String> secrets = new LinkedHashSet<>();
        try (Services services = Services.ouvrir(acces, Horloge.systeme(), COORDINATRICE,
                ComptesDemo.MOT_DE_PASSE.toCharArray())) {
            for (Assure assure : services.stockage().assures().findAll()) {
                secrets.add(assure.nom());
                secrets.add(assure.nom().toUpperCase(java.util.Locale.FRENCH)); // as the letters write it
                secrets.add(assure.nir().valeur());
                secrets.add(assure.nir().formate());
                if (!assure.email().isBlank()) {
                    secrets.add(assure.email());
                }
            }
            for (Situation situation : services.stockage().situations().findAll()) {
                if (situation.avisMedical() != null && situation.avisMedical().length() > 12) {
                    secrets.add(situation.avisMedical());
                }
            }
        }
        return secrets;
    }

    private static java.util.Optional<String> textePdf(byte[] octets) {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(octets)) {
            return java.util.Optional.of(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf));
        } catch (IOException pasUnPdfLisible) {
            return java.util.Optional.empty();
        }
    }

    private static List<Path> fichiers(Path dossier) throws IOException {
        try (Stream<Path> tous = Files.walk(dossier)) {
            return tous.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * "file: length" for each secret found in a file's bytes, read as UTF-8, Latin-1 and UTF-16, and in the text of
     * a PDF (compressed, so its bytes alone would hide it).
     */
    private static List<String> trouves(List<Path> fichiers, Set<String> secrets) throws IOException {
        List<String> trouves = new ArrayList<>();
        for (Path fichier : fichiers) {
            byte[] octets = Files.readAllBytes(fichier);
            List<String> lectures = new ArrayList<>(List.of(new String(octets, StandardCharsets.UTF_8),
                    new String(octets, StandardCharsets.ISO_8859_1), new String(octets, StandardCharsets.UTF_16BE),
                    new String(octets, StandardCharsets.UTF_16LE)));
            textePdf(octets).ifPresent(lectures::add);
            for (String secret : secrets) {
                if (lectures.stream().anyMatch(l -> l.contains(secret))) {
                    trouves.add(fichier.getFileName() + " : " + secret.length() + " caractères");
                }
            }
        }
        return trouves;
    }
}
