package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.document.Contresignature;
import fr.cellulepdp.model.document.CertificatSignature;
import fr.cellulepdp.model.document.EmplacementSignature;
import fr.cellulepdp.reports.signature.SignaturePades;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code contresigner FICHIER.pdf --certificat FICHIER.p12 --nom NOM}: the next signature of a document (minutes). */
@Command(name = "contresigner", description = "Ajoute la signature suivante d'un document déjà produit (le "
        + "secrétaire de séance après la présidente, sur le procès-verbal).")
final class CommandeContresigner extends SousCommande {

    @Parameters(paramLabel = "FICHIER.pdf", description = "Le document à signer, modifié sur place.")
    private Path document;

    @Option(names = "--certificat", required = true, paramLabel = "FICHIER.p12",
            description = "Le certificat du signataire.")
    private Path certificat;

    @Option(names = "--nom", required = true, description = "Nom du signataire.")
    private String nom;

    @Option(names = "--fonction", defaultValue = "Secrétaire de séance", description = "Fonction du signataire "
            + "(par défaut : ${DEFAULT-VALUE}).")
    private String fonction;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(certificat)) {
            throw new fr.cellulepdp.model.commun.SaisieInvalideException("--certificat", "le fichier « " + certificat
                    + " » n'existe pas.");
        }
        CertificatSignature signataire = new CertificatSignature(Files.readAllBytes(certificat),
                MotDePasse.lire(), nom, fonction);
        EmplacementSignature cadre = new Contresignature(new SignaturePades()).signer(document, signataire);
        sortie().println("Document signé dans le cadre prévu pour " + cadre.signataire() + " : " + document);
        sortie().flush();
        return 0;
    }
}
