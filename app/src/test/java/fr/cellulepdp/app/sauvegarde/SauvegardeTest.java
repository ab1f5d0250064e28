package fr.cellulepdp.app.sauvegarde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.app.compte.ComptesDemo;
import fr.cellulepdp.app.document.CertificatDemo;
import fr.cellulepdp.app.document.DossierDocuments;
import fr.cellulepdp.app.document.GenerationDocuments;
import fr.cellulepdp.app.support.DemoPreparee;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup and restore on real H2 files: identical data, and a damaged file refused with nothing changed. */
class SauvegardeTest {

    private static final char[] MOT_DE_PASSE = "sauvegarde-2026".toCharArray();

    @TempDir
    Path dossier;

    private Path base;
    private Path sauvegarde;

    @BeforeEach
    void preparer() {
        base = DemoPreparee.copier(DemoPreparee.LANCEMENT, dossier);
        sauvegarde = dossier.resolve("cle-usb").resolve("cellule.sauvegarde");
        try (Services services = Services.ouvrirDemoCommeCoordinatrice(base, Horloge.systeme())) {
            var seance = services.documents().genererDocuments().trouver(null);
            // written to the data folder's documents/, which the backup carries
            services.documents().genererDocuments().generer(seance.id(), Optional.empty(), (f, t) -> { });
            Sauvegarde.sauvegarder(services.sauvegardes().sauvegarde(), sauvegarde, MOT_DE_PASSE);
        }
    }

    /**
     * Every row of every table, as text, table by table, in a stable order. The file is encrypted: it is opened as
     * the coordinatrice and copied into a throwaway file in clear, read with plain SQL (the schema history aside,
     * as the copy writes its own; and the logins, as each reading is one).
     */
    private List<String> contenu() throws Exception {
        Path clair = java.nio.file.Files.createTempDirectory(dossier, "clair").resolve("cellule");
        // a fixed clock: the login's audit entry is then the same at each reading
        try (Services services = fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(base, Horloge.fixe(
                java.time.Instant.parse("2026-11-23T09:00:00Z")));
             fr.cellulepdp.persistence.base.BaseDeDonnees copie = fr.cellulepdp.persistence.base.BaseDeDonnees.ouvrir(clair)) {
            fr.cellulepdp.persistence.base.CopieBase.copier(services.sauvegardes().copieComplete().pourMigration(),
                    copie, table -> { });
        }
        List<String> lignes = new ArrayList<>();
        try (Connection connexion = DriverManager.getConnection("jdbc:h2:file:" + clair, "sa", "");
             Statement sql = connexion.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = sql.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history' ORDER BY TABLE_NAME")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet r = sql.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    List<String> rangees = new ArrayList<>();
                    while (r.next()) {
                        StringBuilder rangee = new StringBuilder(table);
                        for (int c = 1; c <= r.getMetaData().getColumnCount(); c++) {
                            Object valeur = r.getObject(c);
                            rangee.append('|').append(valeur instanceof byte[] octets
                                    ? java.util.Arrays.hashCode(octets) : valeur);
                        }
                        rangees.add(rangee.toString());
                    }
                    rangees.removeIf(l -> l.startsWith("EVENEMENT_AUDIT|") && l.contains("|CONNEXION|"));
                    rangees.sort(null);
                    lignes.addAll(rangees);
                }
            }
        }
        return lignes;
    }

    private void modifier() {
        try (Services services = fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(base, Horloge.systeme())) {
            services.seances().motifsTypes().ajouter("Phrase ajoutée après la sauvegarde.");
        }
    }

    @Test
    void restoring_gives_back_every_row_of_every_table_and_the_documents() throws Exception {
        List<String> avant = contenu();
        Path pv = dossier.resolve("documents").resolve("seance-025").resolve("03-proces-verbal.pdf");
        byte[] pvAvant = Files.readAllBytes(pv);
        Path certificats = dossier.resolve(fr.cellulepdp.app.document.CertificatsPublics.DOSSIER);
        Path certificat;
        try (var liste = Files.list(certificats)) {
            certificat = liste.findFirst().orElseThrow();
        }
        String pem = Files.readString(certificat);
        // the public part only: the certificate, never the private key
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----").doesNotContain("PRIVATE KEY");
        modifier();
        Files.delete(pv);
        Files.delete(certificat);
        assertThat(contenu()).isNotEqualTo(avant);

        Sauvegarde.restaurer(base, sauvegarde, MOT_DE_PASSE);

        assertThat(contenu()).isEqualTo(avant).hasSizeGreaterThan(500);
        assertThat(Files.readAllBytes(pv)).isEqualTo(pvAvant);
        assertThat(Files.readString(certificat)).isEqualTo(pem);
        assertThat(dossier.resolve("cellule.mv.db.avant-restauration-1")).exists();
        assertThat(dossier.resolve("cellule.cles.avant-restauration-1")).exists();
        try (Services reouverte = fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(base, Horloge.systeme())) {
            assertThat(reouverte.stockage().seances().count()).isEqualTo(7);
        }
    }

    @Test
    void a_truncated_or_altered_or_foreign_backup_or_a_wrong_password_is_refused_and_changes_nothing()
            throws Exception {
        modifier();
        List<String> actuel = contenu();
        byte[] intacte = Files.readAllBytes(sauvegarde);

        Path tronquee = dossier.resolve("tronquee");
        Files.write(tronquee, java.util.Arrays.copyOf(intacte, intacte.length / 2));
        Path alteree = dossier.resolve("alteree");
        byte[] modifiee = intacte.clone();
        modifiee[modifiee.length / 2] ^= 0x10;
        Files.write(alteree, modifiee);
        Path etrangere = dossier.resolve("etrangere");
        Files.writeString(etrangere, "ceci n'est pas une sauvegarde");

        assertThatThrownBy(() -> Sauvegarde.restaurer(base, tronquee, MOT_DE_PASSE))
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("endommagée");
        assertThatThrownBy(() -> Sauvegarde.restaurer(base, alteree, MOT_DE_PASSE))
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("endommagée");
        assertThatThrownBy(() -> Sauvegarde.restaurer(base, etrangere, MOT_DE_PASSE))
                .hasMessageContaining("n'est pas une sauvegarde de Cellule PDP");
        assertThatThrownBy(() -> Sauvegarde.restaurer(base, sauvegarde, "autre".toCharArray()))
                .hasMessageContaining("mot de passe est erroné");

        assertThat(contenu()).isEqualTo(actuel);
        assertThat(dossier.resolve("cellule.mv.db.avant-restauration-1")).doesNotExist();
    }

    @Test
    void a_weak_backup_password_is_refused_before_anything_is_written() {
        Path fichier = dossier.resolve("faible.sauvegarde");
        try (Services services = Services.ouvrir(dossier.resolve("faible/cellule"), fr.cellulepdp.model.commun.Horloge
                .systeme())) {
            for (String faible : new String[] {"", "a", "motdepassetroplong"}) {
                assertThatThrownBy(() -> Sauvegarde.sauvegarder(services.sauvegardes().sauvegarde(), fichier,
                        faible.toCharArray()))
                        .isInstanceOf(fr.cellulepdp.model.commun.SaisieInvalideException.class)
                        .hasMessageContaining("mot de passe de la sauvegarde : le mot de passe");
            }
        }
        assertThat(fichier).doesNotExist();
    }
}
