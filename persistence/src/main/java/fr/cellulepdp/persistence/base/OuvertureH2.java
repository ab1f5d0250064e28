package fr.cellulepdp.persistence.base;

import fr.cellulepdp.persistence.depot.Moteur;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import fr.cellulepdp.model.compte.AccesChiffre;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Opening the embedded H2 file: its URL (durable commits, page cache, no trace file), its migrations, its
 * encryption in place, and the French message when it does not open.
 */
final class OuvertureH2 {

    static final String SUFFIXE = ".mv.db";

    private OuvertureH2() {
    }

    /** Encrypts, in place, the closed database file {@code fichier} that was not encrypted yet. */
    static void chiffrer(Path fichier, byte[] cle) {
        Path base = sansSuffixe(fichier.toAbsolutePath().normalize());
        try {
            org.h2.tools.ChangeFileEncryption.execute(base.getParent().toString(), base.getFileName().toString(),
                    "AES", null, HexFormat.of().formatHex(cle).toCharArray(), true);
        } catch (java.sql.SQLException e) {
            throw new BaseIndisponibleException("Chiffrement de la base impossible : " + e.getMessage(), e);
        }
    }

    /** True when the H2 file {@code fichier} exists. */
    static boolean existe(Path fichier) {
        Path base = sansSuffixe(fichier.toAbsolutePath().normalize());
        return Files.exists(base.resolveSibling(base.getFileName() + SUFFIXE));
    }

    /** The path without ".mv.db", its folder created. */
    static Path dossierCree(Path fichier) {
        Path base = sansSuffixe(fichier.toAbsolutePath().normalize());
        try {
            Files.createDirectories(base.getParent());
        } catch (IOException e) {
            throw new BaseIndisponibleException("Impossible de créer le dossier de la base de données « "
                    + base.getParent() + " » : " + e.getMessage(), e);
        }
        return base;
    }

    static BaseDeDonnees ouvrirH2(String jdbcUrl, String utilisateur, String motDePasse, String description,
                                          AccesChiffre acces) {
        String url = avecCache(durable(jdbcUrl));
        String nom = utilisateur == null ? "sa" : utilisateur;
        String secret = motDePasse == null ? "" : motDePasse;
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, nom, secret);
        try {
            if (migrer(pool) && jdbcUrl.startsWith("jdbc:h2:file:")) {
                pool = compacte(pool, url, nom, secret);
            }
        } catch (FlywayException e) {
            pool.dispose();
            throw new BaseIndisponibleException(messageOuverture(description, e), e);
        }
        // the encrypted file's AES by the processor rather than by H2's Java (decision 0055)
        ChiffrementMateriel.installer(pool);
        try {
            // an import committed batch by batch and killed in the middle: its rows go before anyone reads them
            fr.cellulepdp.persistence.importation.ImportsInterrompus.reprendre(pool);
        } catch (IllegalStateException e) {
            pool.dispose();
            throw new BaseIndisponibleException("La base de données (" + description + ") ne peut pas être "
                    + "ouverte : un import interrompu n’a pas pu être défait (" + e.getMessage() + ").", e);
        }
        reserverAuProprietaire(jdbcUrl);
        return new BaseDeDonnees(pool, pool::dispose, Moteur.H2, jdbcUrl, description, acces);
    }

    /**
     * The H2 file for its owner only (rw------- on POSIX systems), as every file the application writes: H2 creates
     * it with the process's umask, often world-readable. Encrypted or not, no one else has to read it.
     */
    static void reserverAuProprietaire(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:file:")) {
            return;
        }
        Path fichier = Path.of(jdbcUrl.substring("jdbc:h2:file:".length()).split(";", 2)[0] + SUFFIXE);
        try {
            // Windows has no POSIX permissions: the user's profile folder protects the file there
            if (Files.exists(fichier) && Files.getFileStore(fichier).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(fichier, java.nio.file.attribute.PosixFilePermissions.fromString(
                        "rw-------"));
            }
        } catch (IOException e) {
            // the base still opens: its folder (rwx------, or the user's profile on Windows) keeps others out
            org.slf4j.LoggerFactory.getLogger(OuvertureH2.class).warn("droits du fichier de la base non "
                    + "restreints : {}", e.getClass().getSimpleName());
        }
    }

    /** Migrates; true when a migration in Java ran (they rewrite a great many rows: the file is to compact). */
    static boolean migrer(DataSource pool) {
        // the usual case, a database already at this build's schema, opens without Flyway (issue 22)
        if (SchemaAJour.verifier(pool)) {
            return false;
        }
        return Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                .javaMigrations(MigrationsJava.toutes()).load().migrate().migrations.stream()
                .anyMatch(m -> MigrationsJava.A_COMPACTER.contains(m.version));
    }

    /**
     * Closes the file with {@code SHUTDOWN COMPACT} and opens it again: H2 leaves the pages a large migration
     * rewrote as free space in the file (V30.1 took a 100 000-file database from 193 MB to 1 GB) and compacts only
     * 200 ms at each closing.
     */
    private static JdbcConnectionPool compacte(JdbcConnectionPool pool, String url, String nom, String secret) {
        try (java.sql.Connection connexion = pool.getConnection();
             java.sql.Statement requete = connexion.createStatement()) {
            requete.execute("SHUTDOWN COMPACT");
        } catch (java.sql.SQLException e) {
            // not compacted: the file is only larger than it needs
            org.slf4j.LoggerFactory.getLogger(OuvertureH2.class).warn("base non compactée après la migration : {}",
                    e.getClass().getSimpleName());
        }
        pool.dispose();
        return JdbcConnectionPool.create(url, nom, secret);
    }

    /**
     * H2 writes committed transactions to the file in the background, up to WRITE_DELAY (500 ms) later: a
     * process killed in between loses them. With 0, every commit is written to the file (handed to the operating
     * system) before the commit returns, so a killed application keeps everything it reported as saved. A URL
     * that sets WRITE_DELAY itself is kept as it is.
     */
    static String durable(String jdbcUrl) {
        String url = jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=")
                ? jdbcUrl
                : jdbcUrl + ";WRITE_DELAY=0";
        // H2's trace file beside the database would be written in clear, with the text of failed statements
        return url.toUpperCase(java.util.Locale.ROOT).contains(";TRACE_LEVEL_FILE=") ? url : url + ";TRACE_LEVEL_FILE=0";
    }

    /**
     * The URL as it is, or, when {@code compacter} is false, with H2's compaction at closing turned off
     * ({@code MAX_COMPACT_TIME=0}: a setting H2 reads only from the URL, at opening).
     */
    static String compaction(String jdbcUrl, boolean compacter) {
        return compacter ? jdbcUrl : jdbcUrl + ";MAX_COMPACT_TIME=0";
    }

    /** The URL with H2's page cache sized by {@link #cacheKo(long)}, unless it sets one itself. */
    static String avecCache(String jdbcUrl) {
        return jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains(";CACHE_SIZE=") ? jdbcUrl
                : jdbcUrl + ";CACHE_SIZE=" + cacheKo(Runtime.getRuntime().maxMemory());
    }

    /**
     * H2's page cache, in KB: 128 MB, or an eighth of the heap when that is smaller. H2's own default (16 MB) holds a
     * fraction of ten years of files (some 70 MB): every yearly calculation and every search read and decrypted
     * the same pages again (decision 0031). {@code -Dcellulepdp.cacheH2Mo=N} sets it, for the benchmarks.
     */
    static long cacheKo(long tasMaximal) {
        String impose = System.getProperty("cellulepdp.cacheH2Mo");
        if (impose != null && impose.matches("\\d{1,5}")) {
            return Long.parseLong(impose) * 1024;
        }
        return Math.max(16 * 1024, Math.min(128 * 1024, tasMaximal / 8 / 1024));
    }

    static String messageOuverture(String description, FlywayException e) {
        String cause = String.valueOf(e.getMessage());
        if (cause.contains("90049") || cause.contains("Encryption error")) {
            return "La base de données (" + description + ") ne s'ouvre pas avec cette clé : le fichier de clés "
                    + "(.cles) à côté ne correspond pas à cette base. Restaurez-les ensemble depuis une sauvegarde.";
        }
        if (cause.contains("already in use") || cause.contains("Database may be already in use")) {
            return "La base de données (" + description + ") est déjà ouverte par une autre instance de "
                    + "l'application. Fermez-la, puis réessayez.";
        }
        return "La base de données (" + description + ") ne peut pas être ouverte ou mise à jour : " + cause;
    }

    static Path sansSuffixe(Path fichier) {
        String nom = fichier.getFileName().toString();
        return nom.endsWith(SUFFIXE)
                ? fichier.resolveSibling(nom.substring(0, nom.length() - SUFFIXE.length()))
                : fichier;
    }
}
