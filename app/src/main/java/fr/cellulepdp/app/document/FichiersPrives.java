package fr.cellulepdp.app.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files and folders that hold the cell's data (letters, minutes, backups, temporary copies of the base), written
 * for their owner only on POSIX systems (folders rwx------, files rw-------); on Windows the user's profile folder
 * already is. A write is whole or absent: a temporary file beside, then moved in place; a crash leaves at most that
 * temporary file, which {@link #nettoyer(Path)} removes at the next start.
 */
public final class FichiersPrives {

    /** The suffix of a file being written; none is left once the write is done. */
    static final String PARTIEL = ".partiel";
    /** The step of the kill tests where the content is on disk beside, not yet under its name. */
    public static final String AVANT_DEPLACEMENT = "avant-deplacement";
    /** The data folder's own folder for temporary copies (the backup's copy of the base). */
    public static final String TEMPORAIRE = ".temporaire";

    private FichiersPrives() {
    }

    /** Creates the folder and its missing parents, owner-only. */
    public static Path dossier(Path dossier) throws IOException {
        if (Files.isDirectory(dossier)) {
            return dossier;
        }
        Path parent = dossier.toAbsolutePath().getParent();
        return Files.createDirectories(dossier, proprietaire(parent, "rwx------"));
    }

    /** Writes the whole file or nothing, owner-only: beside it first, then moved in place. */
    public static void ecrireAtomiquement(Path chemin, byte[] contenu) throws IOException {
        Path fichier = chemin.toAbsolutePath();
        dossier(fichier.getParent());
        // a name of its own, created rw------- by createTempFile, so that the content is never readable by others
        Path temporaire = Files.createTempFile(fichier.getParent(), "." + fichier.getFileName() + "-", PARTIEL);
        try {
            // on the disk before the name points to it, and the name on the disk before the caller records it
            try (FileChannel canal = FileChannel.open(temporaire, StandardOpenOption.WRITE)) {
                ByteBuffer tampon = ByteBuffer.wrap(contenu);
                while (tampon.hasRemaining()) {
                    canal.write(tampon);
                }
                canal.force(true);
            }
            fr.cellulepdp.persistence.depot.PointDArret.atteint(AVANT_DEPLACEMENT);
            Files.move(temporaire, fichier, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            forcerDossier(fichier.getParent());
        } finally {
            Files.deleteIfExists(temporaire);
        }
    }

    /** A folder's entries to the disk (POSIX); Windows cannot open a folder, its moves are durable already. */
    private static void forcerDossier(Path dossier) {
        try (FileChannel canal = FileChannel.open(dossier, StandardOpenOption.READ)) {
            canal.force(true);
        } catch (IOException e) {
            // not possible on this system: the rename stays atomic, only its durability is the system's
        }
    }

    /** A temporary file in the data folder's private temporary folder (not the system's, which others may read). */
    public static Path temporaire(Path dossierDonnees, String suffixe) throws IOException {
        return Files.createTempFile(dossier(dossierDonnees.resolve(TEMPORAIRE)), "cellule-pdp", suffixe);
    }

    /**
     * Removes what a crash left in the data folder: half-written files ({@value #PARTIEL}) and the temporary folder's
     * files, last changed before {@code avant} (another process of the same user may be writing on a shared server;
     * with the embedded base, which one process holds at a time, everything left is a crash's).
     *
     * @return how many files were removed
     */
    public static int nettoyer(Path dossierDonnees, java.time.Instant avant) {
        int[] supprimes = {0};
        if (!Files.isDirectory(dossierDonnees)) {
            return 0;
        }
        try {
            Files.walkFileTree(dossierDonnees, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dossier, BasicFileAttributes attributs) {
                    // only our own folders: the database's staging folder is the restore's to handle
                    return dossier.equals(dossierDonnees) || dossier.getFileName().toString().equals("documents")
                            || dossier.startsWith(dossierDonnees.resolve("documents"))
                            || dossier.getFileName().toString().equals(TEMPORAIRE)
                            ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path fichier, BasicFileAttributes attributs) throws IOException {
                    boolean reste = fichier.getFileName().toString().endsWith(PARTIEL)
                            || fichier.getParent().getFileName().toString().equals(TEMPORAIRE);
                    if (reste && attributs.lastModifiedTime().toInstant().isBefore(avant)) {
                        Files.deleteIfExists(fichier);
                        supprimes[0]++;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // what is left is removed at the next start
        }
        return supprimes[0];
    }

    private static FileAttribute<?>[] proprietaire(Path existant, String droits) throws IOException {
        Path present = existant;
        while (present != null && !Files.exists(present)) {
            present = present.getParent();
        }
        if (present == null || !Files.getFileStore(present).supportsFileAttributeView("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(droits))};
    }
}
