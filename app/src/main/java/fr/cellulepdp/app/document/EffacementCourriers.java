package fr.cellulepdp.app.document;

import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.document.GenererDocumentsSeance;
import fr.cellulepdp.model.seance.ListerSeances;
import java.util.function.Supplier;
import fr.cellulepdp.model.document.DocumentProduit;
import fr.cellulepdp.model.protection.ConserverDonnees;
import fr.cellulepdp.model.seance.ResumeSeance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * After an anonymisation, what the documents folder still said of the people anonymised: their letters are erased
 * (each is named after its file number, {@code courriers/PDP-2026-0026-….pdf}); the agendas of the meetings that
 * listed them are made again from the anonymised records, and those meetings' posting batch
 * ({@code courriers-a-poster.pdf}, made again on demand) is erased. The signed minutes stay: they are the cell's
 * archive record of each meeting (file numbers and initials), whose retention follows the CPAM's archiving rules.
 */
public final class EffacementCourriers {

    /** The agendas a meeting's folder holds, in full and for partners. */
    private static final Set<String> ORDRES_DU_JOUR = Set.of("01-ordre-du-jour.pdf",
            "02-ordre-du-jour-partenaires.pdf");

    private EffacementCourriers() {
    }

    /** What was done on disk, for the anonymisation's report. */
    public record Bilan(int lettres, int ordresDuJour, int lotsAPoster) {
        public String texte() {
            return lettres + " courrier(s) effacé(s) du dossier des documents, " + ordresDuJour + " ordre(s) du jour "
                    + "refait(s) sans les noms, " + lotsAPoster + " lot(s) de courriers à poster effacé(s) ; les "
                    + "procès-verbaux signés sont gardés (archives de la cellule).";
        }
    }

    /**
     * The documents folder brought in line with the anonymisation {@code rapport}.
     *
     * @param racine the meetings' documents folder
     * @param documents made when used: they read this computer's time-stamp settings
     */
    public static Bilan apres(Path racine, ListerSeances seances, Supplier<GenererDocumentsSeance> documents,
                              UtilisateurCourant utilisateurCourant, ConserverDonnees.Rapport rapport) {
        int lettres = effacer(racine, rapport.dossiers());
        int ordres = 0;
        int lots = 0;
        try {
            for (int numero : rapport.seances()) {
                Path dossier = DossierDocuments.dossier(racine, numero);
                if (!Files.isDirectory(dossier)) {
                    continue;
                }
                if (Files.deleteIfExists(dossier.resolve(DossierDocuments.COURRIERS_A_POSTER))) {
                    lots++;
                }
                ResumeSeance seance = seances.lister().stream()
                        .filter(s -> s.numero() == numero).findFirst().orElse(null);
                if (seance == null) {
                    continue;
                }
                for (DocumentProduit document : documents.get().apercu(seance.id())) {
                    Path fichier = dossier.resolve(document.nomFichier());
                    // the partners' agendas, the common one and each organisation type's
                    if ((ORDRES_DU_JOUR.contains(document.nomFichier())
                            || document.nomFichier().startsWith("02-ordre-du-jour-partenaires-"))
                            && Files.exists(fichier)) {
                        DossierDocuments.remplacer(fichier, document.contenu());
                        ordres++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("documents des séances impossibles à refaire : " + e.getMessage(), e);
        }
        return new Bilan(lettres, ordres, lots);
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
