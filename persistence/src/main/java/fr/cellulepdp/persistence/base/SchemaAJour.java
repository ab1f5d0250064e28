package fr.cellulepdp.persistence.base;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Tells, with plain JDBC, whether a database already has exactly the migrations this build ships, so that opening
 * it need not start Flyway (800 classes, its own queries and the checksums of every script, at every command and
 * login: issue 22). Any doubt — no history table, a failed or pending migration, one the build does not know, a
 * location it cannot list — answers false, and Flyway migrates and validates as before.
 */
public final class SchemaAJour {

    static final String EMPLACEMENT = "db/migration";
    private static final Pattern SCRIPT = Pattern.compile("(?:^|/)V(\\d+(?:[._]\\d+)*)__[^/]*\\.sql$");

    private SchemaAJour() {
    }

    static boolean verifier(DataSource source) {
        Set<String> livrees = versionsLivrees();
        if (livrees.isEmpty()) {
            return false;
        }
        try (Connection connexion = source.getConnection();
             Statement requete = connexion.createStatement();
             ResultSet lignes = requete.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                     + " WHERE \"version\" IS NOT NULL")) {
            Set<String> appliquees = new HashSet<>();
            while (lignes.next()) {
                if (!lignes.getBoolean(2)) {
                    return false;
                }
                appliquees.add(normaliser(lignes.getString(1)));
            }
            return appliquees.equals(livrees);
        } catch (SQLException e) {
            // a new database has no history yet: Flyway creates it
            return false;
        }
    }

    /** The versions of the scripts in {@code db/migration}, from the jar or the classes folder, and the Java ones. */
    static Set<String> versionsLivrees() {
        URL dossier = SchemaAJour.class.getClassLoader().getResource(EMPLACEMENT);
        Set<String> versions = new TreeSet<>();
        if (dossier == null) {
            return versions;
        }
        try {
            if (dossier.openConnection() instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                try (JarFile fichier = jar.getJarFile()) {
                    fichier.stream().forEach(entree -> ajouter(entree.getName(), versions));
                }
            } else if ("file".equals(dossier.getProtocol())) {
                try (Stream<Path> scripts = Files.list(Path.of(dossier.toURI()))) {
                    scripts.forEach(script -> ajouter(EMPLACEMENT + "/" + script.getFileName(), versions));
                }
            }
        } catch (IOException | URISyntaxException e) {
            versions.clear();
            return versions;
        }
        if (!versions.isEmpty()) {
            versions.addAll(MigrationsJava.VERSIONS);
        }
        return versions;
    }

    private static void ajouter(String nom, Set<String> versions) {
        if (!nom.startsWith(EMPLACEMENT + "/")) {
            return;
        }
        Matcher script = SCRIPT.matcher(nom.substring(EMPLACEMENT.length()));
        if (script.find()) {
            versions.add(normaliser(script.group(1)));
        }
    }

    /** Flyway writes "1.2" for V1_2 and strips nothing else: compare the numbers. */
    private static String normaliser(String version) {
        StringBuilder nombres = new StringBuilder();
        for (String partie : version.split("[._]")) {
            nombres.append(nombres.isEmpty() ? "" : ".").append(new java.math.BigInteger(partie));
        }
        return nombres.toString();
    }
}
