package fr.cellulepdp.app.document;

import fr.cellulepdp.model.commun.Empreintes;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.document.CertificatSignature;
import fr.cellulepdp.model.document.EmplacementSignature;
import fr.cellulepdp.model.document.SignatureDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Signs a document already written in its next free frame (the secretary after the chair), in place: the file
 * is replaced atomically, and its line in the folder's SHA256SUMS is brought up to date.
 */
public final class Contresignature {

    private final SignatureDocuments signature;

    public Contresignature(SignatureDocuments signature) {
        this.signature = signature;
    }

    /** @return the frame signed (whose name is the signatory the document expected there) */
    public EmplacementSignature signer(Path fichier, CertificatSignature certificat) {
        try {
            byte[] pdf = Files.readAllBytes(fichier);
            List<EmplacementSignature> libres = signature.emplacementsLibres(pdf);
            if (libres.isEmpty()) {
                throw new SaisieInvalideException("document", "« " + fichier.getFileName()
                        + " » n'a plus de cadre de signature libre : il est déjà signé par tous.");
            }
            byte[] signe = signature.signer(pdf, libres.get(0), certificat);
            DossierDocuments.ecrireAtomiquement(fichier, signe);
            mettreAJourSommes(fichier, signe);
            return libres.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("signature du document impossible : " + e.getMessage(), e);
        }
    }

    /** The SHA256SUMS of the meeting's folder (one level up for a letter), if the file is listed there. */
    private static void mettreAJourSommes(Path fichier, byte[] contenu) throws IOException {
        for (Path dossier = fichier.toAbsolutePath().getParent(); dossier != null; dossier = dossier.getParent()) {
            Path sommes = dossier.resolve("SHA256SUMS");
            if (Files.exists(sommes)) {
                String relatif = dossier.relativize(fichier.toAbsolutePath()).toString().replace('\\', '/');
                String lignes = Files.readAllLines(sommes, StandardCharsets.UTF_8).stream()
                        .map(l -> l.endsWith("  " + relatif) ? Empreintes.sha256(contenu) + "  " + relatif : l)
                        .collect(Collectors.joining("\n", "", "\n"));
                Files.writeString(sommes, lignes, StandardCharsets.UTF_8);
                return;
            }
        }
    }

}
