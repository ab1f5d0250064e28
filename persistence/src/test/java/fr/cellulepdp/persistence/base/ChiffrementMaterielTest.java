package fr.cellulepdp.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.audit.SceauJournal;
import fr.cellulepdp.model.compte.AccesChiffre;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.h2.security.AES;
import org.h2.store.fs.encrypt.XtsAesJce;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encrypted H2 file goes through the JDK's AES once the application opens it (decision 0055), and its format is
 * H2's: what H2's own code wrote, the application reads; what the application wrote, and the file its compaction
 * made, H2's own code reads, row for row.
 */
@Tag("h2")
class ChiffrementMaterielTest {

    private static final byte[] CLE = HexFormat.of().parseHex("00112233445566778899aabbccddeeff0123456789abcdef");

    @TempDir
    Path dossier;

    @Test
    void the_application_ciphers_with_the_jdk_and_h2_alone_reads_what_it_wrote_and_the_other_way_round()
            throws Exception {
        Path fichier = dossier.resolve("cellule");
        ouvrir(fichier).close(); // the schema
        // written by H2's own AES: a connection of H2 alone, in this JVM, not through the application
        try (Connection h2 = h2Seul(fichier); Statement sql = h2.createStatement()) {
            assertThat(ChiffrementMateriel.actif(h2)).isFalse();
            sql.execute("CREATE TABLE essai (id INT PRIMARY KEY, texte VARCHAR(200))");
            inserer(h2, 0, 20_000);
        }
        try (BaseDeDonnees base = ouvrir(fichier)) {
            base.contexte().dsl().connection(connexion -> {
                assertThat(ChiffrementMateriel.actif(connexion)).as("the JDK's AES installed").isTrue();
                assertThat(somme(connexion)).isEqualTo(somme(0, 20_000));
                inserer(connexion, 20_000, 40_000);
            });
        }
        try (Connection h2 = h2Seul(fichier)) {
            assertThat(ChiffrementMateriel.actif(h2)).as("H2's own AES").isFalse();
            assertThat(somme(h2)).isEqualTo(somme(0, 40_000));
        }
        // a compaction's new file is written by the application's XTS too
        try (BaseDeDonnees base = ouvrir(fichier)) {
            base.contexte().dsl().connection(connexion -> {
                inserer(connexion, 40_000, 50_000);
                connexion.createStatement().execute("DELETE FROM essai WHERE id < 10000");
                connexion.createStatement().execute("SHUTDOWN COMPACT");
            });
        }
        try (Connection h2 = h2Seul(fichier)) {
            assertThat(ChiffrementMateriel.actif(h2)).as("H2's own AES").isFalse();
            assertThat(somme(h2)).isEqualTo(somme(10_000, 50_000));
        }
    }

    @Test
    void the_jdk_xts_is_checked_against_h2s_and_refused_when_it_differs() throws Exception {
        byte[] cle = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
        AES aes = new AES();
        aes.setKey(cle);
        assertThat(ChiffrementMateriel.cle(aes)).as("the key read back from H2's expanded key").isEqualTo(cle);
        Object xtsH2 = xtsDeH2(aes);
        assertThat(new XtsAesJce(aes, cle).memesOctetsQue(xtsH2)).isTrue();
        byte[] autre = cle.clone();
        autre[15] ^= 1;
        assertThat(new XtsAesJce(aes, autre).memesOctetsQue(xtsH2)).as("another key gives other bytes").isFalse();
    }

    private static Object xtsDeH2(AES aes) throws ReflectiveOperationException {
        var constructeur = Class.forName("org.h2.store.fs.encrypt.XTS")
                .getDeclaredConstructor(org.h2.security.BlockCipher.class);
        constructeur.setAccessible(true);
        return constructeur.newInstance(aes);
    }

    private static BaseDeDonnees ouvrir(Path fichier) {
        return BaseDeDonnees.ouvrirChiffree(fichier, CLE, AccesChiffre.AUCUN, SceauJournal.AUCUN);
    }

    private static Connection h2Seul(Path fichier) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + fichier + ";CIPHER=AES", "sa",
                HexFormat.of().formatHex(CLE) + " ");
    }

    private static void inserer(Connection connexion, int de, int a) throws SQLException {
        try (PreparedStatement insertion = connexion.prepareStatement("INSERT INTO essai VALUES (?, ?)")) {
            for (int i = de; i < a; i++) {
                insertion.setInt(1, i);
                insertion.setString(2, "ligne " + i + " " + Integer.toHexString(i));
                insertion.addBatch();
            }
            insertion.executeBatch();
        }
    }

    private static long somme(Connection connexion) throws SQLException {
        try (Statement sql = connexion.createStatement();
             ResultSet r = sql.executeQuery("SELECT SUM(id) + SUM(LENGTH(texte)) FROM essai")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long somme(int de, int a) {
        long somme = 0;
        for (int i = de; i < a; i++) {
            somme += i + ("ligne " + i + " " + Integer.toHexString(i)).length();
        }
        return somme;
    }
}
