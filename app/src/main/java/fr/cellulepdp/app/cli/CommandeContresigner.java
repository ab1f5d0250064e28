package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.document.Contresignature;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.document.EmplacementSignature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code --user LOGIN contresigner FICHIER.pdf --certificat FICHIER.p12}: the next signature of a document (the
 * secretary's on the minutes), by the member logged in, in the frame that names them, with a certificate issued to
 * them; the name, function and time shown are the signature's own.
 */
@Command(name = "contresigner", description = "Ajoute la signature suivante d'un document déjà produit (le "
        + "secrétaire de séance après la présidente, sur le procès-verbal), au nom du compte connecté (--user).")
public final class CommandeContresigner extends SousCommande {

    /** What the command uses, built in the wiring (decision record 0044). */
    public record Besoins(java.util.function.Supplier<fr.cellulepdp.app.document.Contresignature> contresignature) {
    }

    private final Ouverture<Besoins> ouverture;

    public CommandeContresigner(Ouverture<Besoins> ouverture) {
        this.ouverture = ouverture;
    }

    @Parameters(paramLabel = "FICHIER.pdf", description = "Le document à signer, modifié sur place.")
    private Path document;

    @Option(names = "--certificat", required = true, paramLabel = "FICHIER.p12",
            description = "Le certificat du signataire, à son nom (CN).")
    private Path certificat;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(certificat)) {
            throw new SaisieInvalideException("--certificat", "le fichier « " + certificat
                    + " » n'existe pas.");
        }
        if (!Files.isRegularFile(document)) {
            throw new SaisieInvalideException("FICHIER.pdf", "le document « " + document + " » n'existe pas.");
        }
        EmplacementSignature cadre;
        try (Ouverture.Ouverte<Besoins> ouverte = principale().ouvrir(ouverture)) {
            Besoins besoins = ouverte.besoins();
            Contresignature contresignature = besoins.contresignature().get();
            // the right first: the certificate and its password are read for a member who may sign
            contresignature.autoriser();
            cadre = contresignature.signer(document, Files.readAllBytes(certificat), MotDePasse.lire(principale()));
        }
        sortie().println("Document signé dans le cadre prévu pour " + cadre.signataire() + " : " + document);
        sortie().flush();
        return 0;
    }
}
