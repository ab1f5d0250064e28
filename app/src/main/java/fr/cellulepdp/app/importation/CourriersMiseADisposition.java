package fr.cellulepdp.app.importation;

import fr.cellulepdp.app.document.DepotVerifie;
import fr.cellulepdp.model.importation.ProduireMisesADisposition;
import fr.cellulepdp.model.importation.MiseADisposition;
import fr.cellulepdp.reports.document.FusionPdfBox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the « courriers de mise à disposition » live: the documents folder's {@code mises-a-disposition/}, one file
 * per situation, and the letters to post in one PDF beside them. The window and the command line both go through
 * here; each file is deposited whole and read back ({@link DepotVerifie}) before anything is recorded.
 */
public final class CourriersMiseADisposition {

    public static final String DOSSIER = "mises-a-disposition";
    public static final String A_POSTER = "courriers-mise-a-disposition-a-poster.pdf";

    private final ProduireMisesADisposition misesADisposition;
    private final Path dossier;

    /** @param dossierDocuments the meetings' documents folder, the archive of record */
    public CourriersMiseADisposition(ProduireMisesADisposition misesADisposition, Path dossierDocuments) {
        this.misesADisposition = misesADisposition;
        this.dossier = dossierDocuments.resolve(DOSSIER);
    }

    public Path dossier() {
        return dossier;
    }

    /** The letters of {@code situations} ({@code null}: every new situation) that have none yet. */
    public List<MiseADisposition> produire(List<UUID> situations) {
        return misesADisposition.produire(situations, numero ->
                new DepotVerifie(dossier.resolve(numero + "-mise-a-disposition.pdf")));
    }

    /** The letters not posted yet in one PDF, or empty (no file written) when there is none. */
    public Optional<Path> aPoster() {
        Path fichier = dossier.resolve(A_POSTER);
        return misesADisposition.deposerAPoster(nom -> {
            try {
                return Files.readAllBytes(dossier.resolve(nom));
            } catch (IOException e) {
                throw new UncheckedIOException("« " + dossier.resolve(nom) + " » est introuvable : ce courrier "
                        + "ne peut pas être imprimé.", e);
            }
        }, new FusionPdfBox(), new DepotVerifie(fichier)).map(pdf -> fichier);
    }

    public int marquerPostes() {
        return misesADisposition.marquerPostes();
    }
}
