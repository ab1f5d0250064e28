package fr.cellulepdp.app.document;

import fr.cellulepdp.model.document.DocumentProduit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a meeting's pack into its own folder, "seance-026", with predictable names and a SHA256SUMS file (the
 * format of sha256sum, so that `sha256sum -c SHA256SUMS` checks the folder). Each file is written beside, then
 * moved in place, so that a crash never leaves half a PDF under its final name.
 */
public final class DossierDocuments {

    /** The letters to post of a meeting in one file, made on demand from its Courriers tab. */
    public static final String COURRIERS_A_POSTER = "courriers-a-poster.pdf";

    private DossierDocuments() {
    }

    public static Path dossier(Path racine, int numeroSeance) {
        return racine.resolve(String.format("seance-%03d", numeroSeance));
    }

    /**
     * The archive of record of the meetings' documents under {@code racine} (the data folder's documents/): each
     * pack written, then read back and checked against its SHA-256 before the use case records any letter.
     */
    public static fr.cellulepdp.model.document.ArchiveDocuments archive(Path racine) {
        return (numero, documents) -> {
            Path dossier = ecrire(racine, numero, documents);
            for (DocumentProduit document : documents) {
                try {
                    byte[] relu = Files.readAllBytes(dossier.resolve(document.nomFichier()));
                    if (!fr.cellulepdp.model.commun.Empreintes.sha256(relu).equals(document.sha256())) {
                        throw new UncheckedIOException(new IOException("« " + document.nomFichier() + " » relu "
                                + "différent de ce qui a été écrit"));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("vérification des documents impossible dans « " + dossier
                            + " » : " + e.getMessage(), e);
                }
            }
            fr.cellulepdp.persistence.depot.PointDArret.atteint("documents-deposes");
        };
    }

    public static Path ecrire(Path racine, int numeroSeance, List<DocumentProduit> documents) {
        Path dossier = dossier(racine, numeroSeance);
        try {
            for (DocumentProduit document : documents) {
                ecrireAtomiquement(dossier.resolve(document.nomFichier()), document.contenu());
            }
            // the lines of files this pack leaves as they are (letters already sent or posted) stay
            java.util.Set<String> refaits = documents.stream().map(DocumentProduit::nomFichier)
                    .collect(Collectors.toSet());
            Path anciennes = dossier.resolve("SHA256SUMS");
            java.util.stream.Stream<String> gardees = Files.exists(anciennes)
                    ? Files.readAllLines(anciennes, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.length() > 66 && !refaits.contains(l.substring(66))
                            && Files.exists(dossier.resolve(l.substring(66))))
                    : java.util.stream.Stream.empty();
            String sommes = java.util.stream.Stream.concat(gardees,
                            documents.stream().map(d -> d.sha256() + "  " + d.nomFichier()))
                    .collect(Collectors.joining("\n", "", "\n"));
            ecrireAtomiquement(dossier.resolve("SHA256SUMS"), sommes.getBytes(StandardCharsets.UTF_8));
            return dossier;
        } catch (IOException e) {
            throw new UncheckedIOException("écriture des documents impossible dans « " + dossier + " » : "
                    + e.getMessage(), e);
        }
    }

    /** Writes the whole file or nothing, owner-only (see {@link FichiersPrives}). */
    public static void ecrireAtomiquement(Path chemin, byte[] contenu) throws IOException {
        FichiersPrives.ecrireAtomiquement(chemin, contenu);
    }

    /** Replaces a document of a meeting's folder, whole, and brings its line of the folder's SHA256SUMS up to date. */
    public static void remplacer(Path fichier, byte[] contenu) throws IOException {
        ecrireAtomiquement(fichier, contenu);
        mettreAJourSommes(fichier, contenu);
    }

    /** The SHA256SUMS of the meeting's folder (one level up for a letter), if the file is listed there. */
    private static void mettreAJourSommes(Path fichier, byte[] contenu) throws IOException {
        for (Path dossier = fichier.toAbsolutePath().getParent(); dossier != null; dossier = dossier.getParent()) {
            Path sommes = dossier.resolve("SHA256SUMS");
            if (Files.exists(sommes)) {
                String relatif = dossier.relativize(fichier.toAbsolutePath()).toString().replace('\\', '/');
                String lignes = Files.readAllLines(sommes, StandardCharsets.UTF_8).stream()
                        .map(l -> l.endsWith("  " + relatif) ? fr.cellulepdp.model.commun.Empreintes.sha256(contenu) + "  " + relatif : l)
                        .collect(Collectors.joining("\n", "", "\n"));
                ecrireAtomiquement(sommes, lignes.getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
    }
}
