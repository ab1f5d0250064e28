package fr.cellulepdp.app.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Erases, from the documents folder, the letters of files that were just anonymised: each letter is named after its
 * file number ({@code courriers/PDP-2026-0026-….pdf}). The signed minutes stay: they are the cell's archive record
 * of each meeting, whose retention follows the CPAM's archiving rules.
 */
public final class EffacementCourriers {

    private EffacementCourriers() {
    }

    /** Deletes the letters of {@code dossiers} under {@code racine}; returns how many files were deleted. */
    public static int effacer(Path racine, Collection<String> dossiers) {
        if (dossiers.isEmpty() || !Files.isDirectory(racine)) {
            return 0;
        }
        try (Stream<Path> fichiers = Files.walk(racine)) {
            List<Path> lettres = fichiers.filter(Files::isRegularFile)
                    .filter(f -> f.getParent().getFileName().toString().equals("courriers"))
                    .filter(f -> dossiers.stream().anyMatch(d -> f.getFileName().toString().startsWith(d + "-")))
                    .toList();
            for (Path lettre : lettres) {
                Files.delete(lettre);
            }
            return lettres.size();
        } catch (IOException e) {
            throw new UncheckedIOException("effacement des courriers impossible : " + e.getMessage(), e);
        }
    }
}
