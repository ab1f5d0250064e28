package fr.cellulepdp.persistence.base;

import fr.cellulepdp.persistence.depot.PointDArret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Puts a backup's database file and key ring in place as one step, so that a crash never leaves a base without the
 * key ring that opens it. Everything is first written into a staging folder beside the base ({@code
 * cellule.restauration/}); a marker file written last says the staging is complete. Then the current file and key
 * ring are moved aside, numbered ({@code cellule.mv.db.avant-restauration-2}, {@code cellule.cles.avant-restauration-2}
 * — earlier ones are never overwritten), and the staged ones moved in. {@link #terminer(Path)}, run before the file is
 * opened, finishes a switch that was interrupted, or throws away a staging that was not complete: the base is then
 * either the old one or the restored one, with its own key ring.
 */
public final class RestaurationBase {

    private static final String SUFFIXE_H2 = ".mv.db";
    private static final String SUFFIXE_DOSSIER = ".restauration";
    private static final String PRET = "pret.properties";
    private static final String AVANT = ".avant-restauration-";

    private RestaurationBase() {
    }

    /**
     * Replaces the database at {@code fichier} by the H2 backup {@code zipH2} (the bytes of H2's BACKUP zip) and its
     * key ring (empty: a file in clear). The base must not be open. The zip is written inside the staging folder,
     * owner-only, so that a crash leaves no copy of the base elsewhere.
     *
     * @return the number of the copies kept aside (1 for the first restore)
     */
    public static int restaurer(Path fichier, byte[] zipH2, Optional<byte[]> trousseau) {
        Path base = sansSuffixe(fichier);
        terminer(base);
        Path dossier = dossier(base);
        try {
            Files.createDirectories(base.getParent());
            Files.createDirectory(dossier, proprietaireSeul(base.getParent()));
            Path zip = dossier.resolve("base.zip");
            Files.write(zip, zipH2);
            org.h2.tools.Restore.execute(zip.toString(), dossier.toString(), null);
            Files.delete(zip);
            Path restauree;
            try (Stream<Path> restaures = Files.list(dossier)) {
                restauree = restaures.filter(p -> p.getFileName().toString().endsWith(SUFFIXE_H2)).findFirst()
                        .orElseThrow(() -> new BaseIndisponibleException("La sauvegarde ne contient pas de base.",
                                null));
            }
            Files.move(restauree, dossier.resolve(nom(base) + SUFFIXE_H2));
            if (trousseau.isPresent()) {
                Files.write(dossier.resolve(nom(base) + TrousseauCles.SUFFIXE), trousseau.get());
            }
            pause("preparee");
            int numero = numeroLibre(base);
            Properties pret = new Properties();
            pret.setProperty("numero", Integer.toString(numero));
            pret.setProperty("trousseau", Boolean.toString(trousseau.isPresent()));
            Path temporaire = dossier.resolve(PRET + ".tmp");
            try (var sortie = Files.newBufferedWriter(temporaire, StandardCharsets.UTF_8)) {
                pret.store(sortie, "restauration prête : terminée au prochain lancement si interrompue");
            }
            Files.move(temporaire, dossier.resolve(PRET), StandardCopyOption.ATOMIC_MOVE);
            pause("prete");
            terminer(base);
            return numero;
        } catch (IOException e) {
            abandonner(dossier);
            throw new UncheckedIOException("restauration de la base impossible : " + e.getMessage(), e);
        } catch (RuntimeException e) {
            abandonner(dossier);
            throw e;
        }
    }

    /**
     * Finishes a restore interrupted after its staging was complete, or throws away an incomplete staging; nothing
     * to do otherwise.
     *
     * @return true when an interrupted restore was finished
     */
    public static boolean terminer(Path fichier) {
        Path base = sansSuffixe(fichier);
        Path dossier = dossier(base);
        if (!Files.isDirectory(dossier)) {
            return false;
        }
        Path pret = dossier.resolve(PRET);
        if (!Files.exists(pret)) {
            abandonner(dossier);
            return false;
        }
        try {
            Properties etat = new Properties();
            try (var entree = Files.newBufferedReader(pret, StandardCharsets.UTF_8)) {
                etat.load(entree);
            }
            int numero = Integer.parseInt(etat.getProperty("numero"));
            // the base first, then its key ring: each step is done once, so doing them again is harmless
            remplacer(dossier.resolve(nom(base) + SUFFIXE_H2), Path.of(base + SUFFIXE_H2), numero);
            pause("base");
            Path trousseauEnPlace = Path.of(base + TrousseauCles.SUFFIXE);
            if (Boolean.parseBoolean(etat.getProperty("trousseau"))) {
                remplacer(dossier.resolve(nom(base) + TrousseauCles.SUFFIXE), trousseauEnPlace, numero);
            } else if (Files.exists(trousseauEnPlace)) {
                // a backup in clear: the former key ring would make the restored file look encrypted
                Files.move(trousseauEnPlace, aCote(trousseauEnPlace, numero));
            }
            Files.delete(pret);
            abandonner(dossier);
            return true;
        } catch (IOException | RuntimeException e) {
            throw new BaseIndisponibleException("Une restauration interrompue n'a pas pu être terminée (" + dossier
                    + ") : " + e.getMessage() + ". Ne supprimez rien et relancez l'application.", e);
        }
    }

    /** Moves {@code enPlace} aside as copy {@code numero} and {@code preparee} into its place, when not done yet. */
    private static void remplacer(Path preparee, Path enPlace, int numero) throws IOException {
        if (!Files.exists(preparee)) {
            return;
        }
        if (Files.exists(enPlace)) {
            Files.move(enPlace, aCote(enPlace, numero));
        }
        Files.move(preparee, enPlace);
    }

    private static Path aCote(Path enPlace, int numero) {
        return enPlace.resolveSibling(enPlace.getFileName() + AVANT + numero);
    }

    /** The first number no earlier copy of the base or of its key ring uses. */
    private static int numeroLibre(Path base) {
        int numero = 1;
        while (Files.exists(aCote(Path.of(base + SUFFIXE_H2), numero))
                || Files.exists(aCote(Path.of(base + TrousseauCles.SUFFIXE), numero))) {
            numero++;
        }
        return numero;
    }

    private static void abandonner(Path dossier) {
        if (!Files.exists(dossier)) {
            return;
        }
        try (Stream<Path> reste = Files.walk(dossier)) {
            reste.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left for the next start, which throws it away again
        }
    }

    /** Tests stop the process at a step (then kill it) to check that every interruption is recovered. */
    private static void pause(String etape) {
        PointDArret.atteint("restauration-" + etape);
    }

    /** rwx------ where the file system has POSIX permissions (the staging holds a copy of the base). */
    private static java.nio.file.attribute.FileAttribute<?>[] proprietaireSeul(Path parent) throws IOException {
        if (!Files.getFileStore(parent).supportsFileAttributeView("posix")) {
            return new java.nio.file.attribute.FileAttribute<?>[0];
        }
        return new java.nio.file.attribute.FileAttribute<?>[] {java.nio.file.attribute.PosixFilePermissions
                .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"))};
    }

    private static Path dossier(Path base) {
        return base.resolveSibling(nom(base) + SUFFIXE_DOSSIER);
    }

    private static String nom(Path base) {
        return base.getFileName().toString();
    }

    private static Path sansSuffixe(Path fichier) {
        Path absolu = fichier.toAbsolutePath().normalize();
        String nom = absolu.getFileName().toString();
        return nom.endsWith(SUFFIXE_H2) ? absolu.resolveSibling(nom.substring(0, nom.length() - SUFFIXE_H2.length()))
                : absolu;
    }
}
