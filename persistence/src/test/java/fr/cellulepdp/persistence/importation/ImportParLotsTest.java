package fr.cellulepdp.persistence.importation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.importation.ApercuImport;
import fr.cellulepdp.model.importation.ClassementParLots;
import fr.cellulepdp.model.importation.ImporterListeIj60;
import fr.cellulepdp.model.importation.LigneImport;
import fr.cellulepdp.model.importation.ResultatImport;
import fr.cellulepdp.model.importation.SourceLignesImport;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.persistence.base.BaseDeDonnees;
import fr.cellulepdp.persistence.depot.PointDArret;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the H2 file an import commits batch by batch (decision 0051) and stays all or nothing: killed with SIGKILL in
 * the middle of 20 000 rows (the command's import, in one reading), or failing after some batches (the window's,
 * after its preview, or the command's), it leaves the database exactly as it was (every table,
 * row for row), and the next import works. H2 only (tag h2): on PostgreSQL an import is one transaction.
 */
@Tag("h2")
public class ImportParLotsTest {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-23T09:00:00Z"));
    private static final int LIGNES = 20_000;
    private static final int LOT = ClassementParLots.LOT;
    /** The kill comes once this batch is committed: half of the import. */
    private static final int LOT_DE_L_ARRET = LIGNES / LOT / 2;

    @TempDir
    Path dossier;

    /**
     * Run in a child JVM: imports {@value #LIGNES} rows as the command does, classified and written in one reading;
     * the kill test stops it at a batch (PointDArret).
     */
    public static void main(String[] arguments) {
        try (BaseDeDonnees base = BaseDeDonnees.ouvrir(Path.of(arguments[0]))) {
            new ImporterListeIj60(base, HORLOGE, Utilisateur::systeme)
                    .importerEnUneLecture(SourceLignesImport.de(lignes(LIGNES, 100)), (faits, total) -> { });
        }
    }

    @Test
    void an_import_killed_in_the_middle_leaves_the_database_as_it_was_and_the_next_one_works() throws Exception {
        Path fichier = dossier.resolve("cellule");
        String avant = etatInitial(fichier);
        Path signal = dossier.resolve("signal");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process processus = new ProcessBuilder(java.toString(), "-Xmx256m",
                "-D" + PointDArret.PROPRIETE + "=import-lot-" + LOT_DE_L_ARRET,
                "-D" + PointDArret.SIGNAL + "=" + signal, "-cp", System.getProperty("java.class.path"),
                ImportParLotsTest.class.getName(), fichier.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            assertThat(PointDArret.attendre(signal, processus)).as("the child reached the batch of the kill").isTrue();
        } finally {
            // SIGKILL on Unix: no shutdown hook, no rollback, no database close
            processus.destroyForcibly();
            assertThat(processus.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        // the file as the kill left it: half the batches committed, the import's line still there
        try (Connection brute = DriverManager.getConnection("jdbc:h2:file:" + fichier, "sa", "")) {
            assertThat(nombre(brute, "SELECT COUNT(*) FROM import_en_cours")).isEqualTo(1);
            assertThat(nombre(brute, "SELECT COUNT(*) FROM situation WHERE origine = 'REQUETE_IJ_60J'"))
                    .isGreaterThanOrEqualTo(50 + (long) LOT_DE_L_ARRET * LOT);
        }
        try (BaseDeDonnees base = BaseDeDonnees.ouvrir(fichier)) {
            assertThat(contenu(base)).as("every table, row for row, after the opening").isEqualTo(avant);
            ResultatImport resultat = importer(base, lignes(LIGNES, 100));
            assertThat(resultat.situationsCreees()).isEqualTo(LIGNES);
            assertThat(base.situations().count()).isEqualTo(situationsAvant(avant) + LIGNES);
        }
    }

    @Test
    void an_import_failing_after_some_batches_leaves_the_database_as_it_was() {
        Path fichier = dossier.resolve("cellule");
        String avant = etatInitial(fichier);
        try (BaseDeDonnees base = BaseDeDonnees.ouvrir(fichier)) {
            ImporterListeIj60 import60 = new ImporterListeIj60(base, HORLOGE, Utilisateur::systeme);
            int n = 2 * LOT + LOT / 2;
            List<LigneImport> lignes = lignes(n, 100);
            ApercuImport apercu = import60.apercu(lignes);
            // the file changed since the preview: a row of the third batch no longer reads, after two batches went in
            int changee = 2 * LOT + 10;
            List<LigneImport> changees = new ArrayList<>(lignes);
            changees.set(changee - 2, new LigneImport(changee, Map.of("nir", "illisible")));
            long[] vusEnCours = new long[1];
            ApercuImport change = new ApercuImport(apercu.lignes(), changees::forEach);

            assertThatThrownBy(() -> import60.importer(change, (faits, total) -> {
                if (faits == 2 * LOT) {
                    // on another thread: another connection of the pool, outside the import's transaction
                    vusEnCours[0] = CompletableFuture.supplyAsync(() -> base.situations().count()).join();
                }
            })).isInstanceOf(SaisieInvalideException.class).hasMessageContaining("ligne " + changee + ")");

            assertThat(vusEnCours[0]).as("the batches were committed one by one").isEqualTo(
                    situationsAvant(avant) + 2 * LOT);
            assertThat(contenu(base)).isEqualTo(avant);
            assertThat(importer(base, lignes).situationsCreees()).isEqualTo(n);
        }
    }

    /** The command's import, which classifies and writes in one reading, is undone the same way. */
    @Test
    void an_import_in_one_reading_failing_after_some_batches_leaves_the_database_as_it_was() {
        Path fichier = dossier.resolve("cellule");
        String avant = etatInitial(fichier);
        try (BaseDeDonnees base = BaseDeDonnees.ouvrir(fichier)) {
            ImporterListeIj60 import60 = new ImporterListeIj60(base, HORLOGE, Utilisateur::systeme);
            int n = 3 * LOT + LOT / 2;
            SourceLignesImport source = SourceLignesImport.de(lignes(n, 100));
            long[] vusEnCours = new long[1];

            assertThatThrownBy(() -> import60.importerEnUneLecture(source, (faits, total) -> {
                if (faits == 3 * LOT) {
                    vusEnCours[0] = CompletableFuture.supplyAsync(() -> base.situations().count()).join();
                    // a failure once three batches are committed (the disk full, a lost connection…)
                    throw new IllegalStateException("échec au troisième lot");
                }
            })).hasMessage("échec au troisième lot");

            assertThat(vusEnCours[0]).as("the batches were committed one by one").isEqualTo(
                    situationsAvant(avant) + 3 * LOT);
            assertThat(contenu(base)).isEqualTo(avant);
            assertThat(import60.importerEnUneLecture(source, (faits, total) -> { }).resultat().situationsCreees())
                    .isEqualTo(n);
        }
    }

    /** A base with the demo cell and a first import of 50 rows; its content once closed. */
    private static String etatInitial(Path fichier) {
        try (BaseDeDonnees base = BaseDeDonnees.ouvrir(fichier)) {
            new ChargerDonneesDemo(base, () -> Utilisateur.systeme()).executer(LocalDate.of(2026, 11, 23));
            importer(base, lignes(50, 500));
            return contenu(base);
        }
    }

    private static ResultatImport importer(BaseDeDonnees base, List<LigneImport> lignes) {
        ImporterListeIj60 import60 = new ImporterListeIj60(base, HORLOGE, Utilisateur::systeme);
        return import60.importer(import60.apercu(lignes),
                (faits, total) -> { });
    }

    /**
     * Every table's definition and rows, in the order of their keys (H2's SCRIPT), the number of files first; without
     * the columns' selectivity, statistics H2 computes again after many rows changed (not data).
     */
    private static String contenu(BaseDeDonnees base) {
        StringBuilder texte = new StringBuilder("situations " + base.situations().count() + "\n");
        base.contexte().dsl().connection(connexion -> {
            try (Statement requete = connexion.createStatement();
                 ResultSet lignes = requete.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
                while (lignes.next()) {
                    texte.append(lignes.getString(1).replaceAll(" SELECTIVITY \\d+", "")).append('\n');
                }
            }
        });
        return texte.toString();
    }

    private static long situationsAvant(String contenu) {
        return Long.parseLong(contenu.substring("situations ".length(), contenu.indexOf('\n')));
    }

    private static long nombre(Connection connexion, String sql) throws SQLException {
        try (Statement requete = connexion.createStatement(); ResultSet r = requete.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** {@code n} rows of new people (valid NIRs agreeing with the birth dates), from the commune {@code commune}. */
    public static List<LigneImport> lignes(int n, int commune) {
        List<LigneImport> lignes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String corps = String.format("18001%02d%03d%03d", 58, (commune + i / 999) % 1000, 1 + i % 999);
            lignes.add(new LigneImport(i + 2, Map.of("nir", corps + Nir.calculerCle(corps), "nom", "Testeur",
                    "prenom", "Alex", "date_naissance", "12/01/1980", "sexe", "1", "date_debut_arret", "01/08/2026",
                    "risque", "at", "employeur", "Société Fictive", "siret", "73282932000074")));
        }
        return lignes;
    }
}
